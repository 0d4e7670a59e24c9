import type { PortalInstrument } from './portal.api';

/** The instrument's authors, source and licence, as its terms of use ask. */
export function MeasureAttribution({ attribution }: { attribution: PortalInstrument['attribution'] }) {
  return (
    <section className="portal-attribution" aria-labelledby="attribution-title">
      <h2 id="attribution-title" className="portal-attribution-title">
        About this questionnaire
      </h2>
      <p>
        By {attribution.authors}. {attribution.source}
      </p>
      <p>{attribution.citation}</p>
      <p>{attribution.licence}</p>
    </section>
  );
}

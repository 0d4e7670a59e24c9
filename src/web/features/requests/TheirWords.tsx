import type { EnquiryDetail } from '../../api/types';

function Words({ label, text, empty }: { label: string; text: string; empty: string }) {
  return (
    <div className="words">
      <h3 className="words-label">{label}</h3>
      {text.trim() ? <p className="words-text">{text}</p> : <p className="muted">{empty}</p>}
    </div>
  );
}

/** What the person wrote, exactly as they wrote it: line breaks kept, nothing trimmed or reworded. */
export function TheirWords({ request }: { request: EnquiryDetail }) {
  return (
    <section className="card" aria-labelledby="words-heading">
      <h2 id="words-heading" className="card-title">
        In their words
      </h2>
      <Words label="What brings them" text={request.reason} empty="They did not write about this." />
      <Words label="Preferred days and times" text={request.preferredTimes} empty="They did not say." />
      <Words label="How they heard of the practice" text={request.heardAbout} empty="They did not say." />
    </section>
  );
}

/** Phone links dial exactly the digits, whatever spacing the practice wrote the number with. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

/** On every portal page: where to turn right now, because this space is not watched around the clock. */
export function CrisisLine({ crisisLine = '988', emergencyNumber }: { crisisLine?: string; emergencyNumber?: string | undefined }) {
  return (
    <footer className="portal-footer">
      <p className="portal-footer-line">
        <span className="portal-footer-lead">Need support right now?</span> Call or text <a href={telHref(crisisLine)}>{crisisLine}</a> any
        time, day or night.
        {emergencyNumber && (
          <>
            {' '}
            In an emergency, call <a href={telHref(emergencyNumber)}>{emergencyNumber}</a>.
          </>
        )}
      </p>
      <p className="portal-footer-note">This space is not watched around the clock.</p>
    </footer>
  );
}

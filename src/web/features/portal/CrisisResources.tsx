import { telHref } from './CrisisLine';
import type { SubmitResult } from './portal.api';

/**
 * Shown after an answer raised a safety flag. Warm and plain: what we noticed, that they deserve support,
 * who has been told, and where to turn now — because nobody watches this space around the clock.
 */
export function CrisisResources({ crisis }: { crisis: SubmitResult['crisis'] }) {
  const line = crisis.crisisLine;
  return (
    <section className="portal-crisis" aria-labelledby="crisis-heading">
      <h2 id="crisis-heading" className="portal-crisis-title">
        You deserve support right now
      </h2>
      <p>Some of your answers suggest you may be going through something very hard at the moment. You don’t have to hold it on your own.</p>
      <p>
        Your care team has been told and will be in touch with you. This space isn’t watched around the clock, so if you need someone to
        talk to now, you can call or text {line} at any time, day or night.
      </p>
      <div className="portal-crisis-actions">
        <a className="portal-crisis-button" href={telHref(line)}>
          Call {line}
        </a>
        <a className="portal-crisis-button" href={`sms:${line.replace(/[^\d+]/g, '')}`}>
          Text {line}
        </a>
      </div>
      <p className="portal-crisis-small">{line} is the Suicide &amp; Crisis Lifeline: free and confidential.</p>
      <p>
        If you might act on thoughts of harming yourself, please call <a href={telHref(crisis.emergencyNumber)}>{crisis.emergencyNumber}</a>{' '}
        or go to the nearest emergency room.
      </p>
    </section>
  );
}

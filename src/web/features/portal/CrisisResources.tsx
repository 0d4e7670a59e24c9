import type { CareTeamAlert } from '../../../contracts/safety-flags.contracts';
import { telHref } from './CrisisLine';
import type { SubmitResult } from './portal.api';

/**
 * What the care team has truly been told, in the server's words for it (decision 0029): never "they have
 * been told" unless someone was alerted in the app or by mail. Null while the server has not said yet.
 */
function careTeamWords(alert: CareTeamAlert | null): string {
  switch (alert) {
    case 'seen':
      return 'Someone on your care team has seen your answers and will be in touch with you.';
    case 'emailed':
      return 'Your care team has been sent an email and an alert in Holdspace asking them to look at your answers. They may not see it straight away.';
    case 'waiting':
      return 'An alert is waiting for your care team in Holdspace. They will see it the next time they open it, which may not be straight away.';
    default:
      return 'Your answers are saved, but no one at the practice has been alerted to them yet, so please don’t wait to hear from us.';
  }
}

/**
 * Shown after an answer raised a safety flag. Warm and plain: what we noticed, that they deserve support,
 * what the care team knows so far, and where to turn now — because nobody watches this space around the clock.
 */
export function CrisisResources({ crisis, careTeamAlert }: { crisis: SubmitResult['crisis']; careTeamAlert: CareTeamAlert | null }) {
  const line = crisis.crisisLine;
  return (
    <section className="portal-crisis" aria-labelledby="crisis-heading">
      <h2 id="crisis-heading" className="portal-crisis-title">
        You deserve support right now
      </h2>
      <p>Some of your answers suggest you may be going through something very hard at the moment. You don’t have to hold it on your own.</p>
      <p data-care-team-alert={careTeamAlert ?? 'none'}>{careTeamWords(careTeamAlert)}</p>
      <p>
        This space isn’t watched around the clock, so if you need someone to talk to now, you can call or text {line} at any time, day or
        night.
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

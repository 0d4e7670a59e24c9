/** What the server knows about the alerts of one disclosure's flags. */
export interface AlertFacts {
  /** People on the care team alerted in the app when the flag was raised. */
  alerted: number;
  /** Of them, how many were emailed, counting only mail their mail server accepted. */
  mailed: number;
  /** People who have opened or acknowledged one of the flags. */
  seen: number;
}

export type CareTeamAlert = 'seen' | 'emailed' | 'waiting' | 'none';

/**
 * The strongest thing that is true, so the words the client reads never claim more than happened: a
 * person has seen it; an email went out; an alert waits in the app; or nobody could be alerted at all.
 */
export function careTeamAlert(facts: AlertFacts): CareTeamAlert {
  if (facts.seen > 0) return 'seen';
  if (facts.mailed > 0) return 'emailed';
  if (facts.alerted > 0) return 'waiting';
  return 'none';
}

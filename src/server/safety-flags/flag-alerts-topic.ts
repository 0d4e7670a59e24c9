/** Each staff member's own live topic for safety-flag alerts: raised on their care team, or seen by them elsewhere. */
export const flagAlertsTopic = (userId: string) => `flag-alerts:${userId}`;

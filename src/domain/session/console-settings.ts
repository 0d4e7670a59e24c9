/**
 * Session-console timings that are not clinical thresholds. The clinical numbers (due times, alert
 * levels, minimum observation) live in MonitoringSettings (src/domain/medical/monitoring-settings.ts),
 * set by the prescriber. These are the practice's, with the reason for each default beside it.
 */
export interface ConsoleSettings {
  /**
   * A reading at or above the alert maximum (180/110) is rechecked after this many minutes
   * (clinical.md: "A reading at or above 180/110 is rechecked after 5 minutes").
   */
  recheckAfterMinutes: number;
  /**
   * A recheck not taken this many minutes after it fell due shows as overdue. Two minutes, not five:
   * a confirmed 180/110 is the reading that most needs a prompt second look.
   */
  recheckGraceMinutes: number;
  /**
   * A scheduled vitals check shows as overdue this many minutes after its due time. Five minutes is
   * half the shortest gap in the default schedule (+30 → +40), so an overdue check is shown for at least
   * five minutes before the next one falls due, and a check a little late because hands were busy with
   * the client is not flagged at once. (A due time still not done when the next comes is "missed".)
   */
  vitalsGraceMinutes: number;
  /**
   * A check taken up to this many minutes before a due time counts for it — the same five minutes, so
   * a check may be early or late by the same amount.
   */
  vitalsEarlyMinutes: number;
  /**
   * "At discharge" (clinical.md: vitals "and at discharge"): the blood pressure for discharge must have
   * been taken within this many minutes before leaving. Fifteen is the longest gap the default schedule
   * leaves near its end (+90 → +120 is thirty, so a +120 reading counts only if the client leaves soon after).
   */
  dischargeVitalsWithinMinutes: number;
  /**
   * The author of an entry may edit it for this many minutes; after that it can only be amended,
   * keeping the original (issue 10: "its author may edit it for a few minutes").
   */
  editWindowMinutes: number;
}

export const DEFAULT_CONSOLE_SETTINGS: ConsoleSettings = {
  recheckAfterMinutes: 5,
  recheckGraceMinutes: 2,
  vitalsGraceMinutes: 5,
  vitalsEarlyMinutes: 5,
  dischargeVitalsWithinMinutes: 15,
  editWindowMinutes: 5,
};

export interface ConsoleSettingsIssue {
  path: string;
  message: string;
}

export function checkConsoleSettings(s: ConsoleSettings): ConsoleSettingsIssue[] {
  const issues: ConsoleSettingsIssue[] = [];
  const range = (path: keyof ConsoleSettings, min: number, max: number) => {
    const v = s[path];
    if (!Number.isInteger(v) || v < min || v > max)
      issues.push({ path, message: `must be a whole number of minutes from ${min} to ${max}` });
  };
  range('recheckAfterMinutes', 1, 30);
  range('recheckGraceMinutes', 0, 15);
  range('vitalsGraceMinutes', 0, 30);
  range('vitalsEarlyMinutes', 0, 30);
  range('dischargeVitalsWithinMinutes', 5, 60);
  range('editWindowMinutes', 0, 60);
  return issues;
}

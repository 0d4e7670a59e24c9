import { describe, expect, it } from 'vitest';
import { careTeamAlert } from './care-team-alert.js';

describe('what the client is told about their care team', () => {
  it('says nobody was alerted when the care team had no one to alert', () => {
    expect(careTeamAlert({ alerted: 0, mailed: 0, seen: 0 })).toBe('none');
  });

  it('says an alert is waiting in the app while nobody has opened it and no mail went out', () => {
    expect(careTeamAlert({ alerted: 2, mailed: 0, seen: 0 })).toBe('waiting');
  });

  it('says they were emailed only once a mail server accepted the mail', () => {
    expect(careTeamAlert({ alerted: 2, mailed: 1, seen: 0 })).toBe('emailed');
  });

  it('says someone has seen it as soon as one person opened or acknowledged it, whatever the mail did', () => {
    expect(careTeamAlert({ alerted: 2, mailed: 0, seen: 1 })).toBe('seen');
    expect(careTeamAlert({ alerted: 2, mailed: 2, seen: 1 })).toBe('seen');
    // Seen by someone who joined the care team after the flag was raised still counts.
    expect(careTeamAlert({ alerted: 0, mailed: 0, seen: 1 })).toBe('seen');
  });
});

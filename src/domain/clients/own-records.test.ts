import { describe, expect, it } from 'vitest';
import { allowsOwnRecord, ownRecordRule } from './own-records.js';

const client = (clientId: string) => ({ clientId, careRolesOnThisClient: [] });
const staff = (...careRolesOnThisClient: ('therapist' | 'prescriber' | 'co_facilitator')[]) => ({ clientId: null, careRolesOnThisClient });

describe('allowsOwnRecord', () => {
  const answer = ownRecordRule('answer a questionnaire sent to them');
  const journal = ownRecordRule('read a journal entry', { careTeamWhenShared: ['therapist'] });

  it('lets a client reach their own records and nobody else’s', () => {
    expect(allowsOwnRecord(answer, client('c1'), { clientId: 'c1', sharedWithCareTeam: false })).toBe(true);
    expect(allowsOwnRecord(answer, client('c2'), { clientId: 'c1', sharedWithCareTeam: false })).toBe(false);
  });

  it('keeps the care team out of what the client did not share', () => {
    expect(allowsOwnRecord(journal, staff('therapist'), { clientId: 'c1', sharedWithCareTeam: false })).toBe(false);
  });

  it('lets in the care-team roles the rule names once the client shared the record', () => {
    expect(allowsOwnRecord(journal, staff('therapist'), { clientId: 'c1', sharedWithCareTeam: true })).toBe(true);
    expect(allowsOwnRecord(journal, staff('co_facilitator'), { clientId: 'c1', sharedWithCareTeam: true })).toBe(false);
    expect(allowsOwnRecord(answer, staff('therapist'), { clientId: 'c1', sharedWithCareTeam: true })).toBe(false);
  });

  it('never lets in staff who are not on the care team', () => {
    expect(allowsOwnRecord(journal, staff(), { clientId: 'c1', sharedWithCareTeam: true })).toBe(false);
  });
});

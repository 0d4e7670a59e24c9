import { describe, expect, it } from 'vitest';
import { allowsOnClient, canHoldCareRole, clientRule, mayActOnSomeClient, reachesEveryClient } from './care-team.js';

const readChart = clientRule('read the chart', ['therapist', 'prescriber', 'co_facilitator'], { admin: true });
const recordClearance = clientRule('record medical clearance', ['prescriber'], { admin: false });

describe('allowsOnClient', () => {
  it('lets a care-team member in, in a role the rule lists', () => {
    expect(allowsOnClient(readChart, ['therapist'], ['therapist'])).toBe(true);
    expect(allowsOnClient(recordClearance, ['prescriber'], ['prescriber'])).toBe(true);
  });

  it('keeps out staff who are not on this client’s team', () => {
    expect(allowsOnClient(readChart, ['therapist'], [])).toBe(false);
  });

  it('keeps out a team member whose team role the rule does not list', () => {
    expect(allowsOnClient(recordClearance, ['therapist'], ['therapist'])).toBe(false);
    expect(allowsOnClient(recordClearance, ['co_facilitator'], ['co_facilitator'])).toBe(false);
  });

  it('needs the staff role as well as the team place (a role removed later closes the door)', () => {
    expect(allowsOnClient(recordClearance, ['therapist'], ['prescriber'])).toBe(false);
  });

  it('lets an admin in only where the rule says so', () => {
    expect(allowsOnClient(readChart, ['admin'], [])).toBe(true);
    expect(allowsOnClient(recordClearance, ['admin'], [])).toBe(false);
  });
});

describe('canHoldCareRole', () => {
  it('needs the matching staff role', () => {
    expect(canHoldCareRole(['prescriber'], 'prescriber')).toBe(true);
    expect(canHoldCareRole(['therapist', 'admin'], 'prescriber')).toBe(false);
  });
});

describe('mayActOnSomeClient', () => {
  const acknowledge = clientRule('acknowledge a flag', ['therapist', 'prescriber'], { admin: false });
  const read = clientRule('read a chart', ['therapist', 'prescriber', 'co_facilitator'], { admin: true });

  it('offers an action to anyone who holds one of its care roles', () => {
    expect(mayActOnSomeClient(acknowledge, ['prescriber'])).toBe(true);
    expect(mayActOnSomeClient(acknowledge, ['co_facilitator'])).toBe(false);
  });

  it('offers it to an admin only where the rule lets admins in', () => {
    expect(mayActOnSomeClient(acknowledge, ['admin'])).toBe(false);
    expect(mayActOnSomeClient(read, ['admin'])).toBe(true);
    expect(reachesEveryClient(read, ['admin'])).toBe(true);
    expect(reachesEveryClient(read, ['therapist'])).toBe(false);
  });

  it('offers nothing on staff charts to a client', () => {
    expect(mayActOnSomeClient(read, ['client'])).toBe(false);
  });
});

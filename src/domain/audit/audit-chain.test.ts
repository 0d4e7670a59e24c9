import { describe, expect, it } from 'vitest';
import { type AuditFacts, auditHash, type ChainedAuditRow, GENESIS_HASH, verifyChain } from './audit-chain.js';
import { canonicalJson } from './canonical-json.js';

function chain(count: number): ChainedAuditRow[] {
  const rows: ChainedAuditRow[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const facts: AuditFacts = {
      seq,
      at: `2026-11-22T10:00:0${seq % 10}.000Z`,
      actorId: `user-${seq}`,
      actorRole: 'therapist',
      action: 'enquiry.read',
      recordType: 'enquiry',
      recordId: `enquiry-${seq}`,
      ip: '127.0.0.1',
      detail: { n: seq },
    };
    const hash = auditHash(facts, prevHash);
    rows.push({ ...facts, prevHash, hash });
    prevHash = hash;
  }
  return rows;
}

describe('verifyChain', () => {
  it('accepts an untouched chain', () => {
    const verdict = verifyChain(chain(5));
    expect(verdict.checked).toBe(5);
    expect(verdict.problems).toEqual([]);
  });

  it('accepts an empty log', () => {
    expect(verifyChain([]).problems).toEqual([]);
  });

  it('catches a changed row', () => {
    const rows = chain(5);
    rows[2] = { ...rows[2]!, recordId: 'someone-else' };
    expect(verifyChain(rows).problems).toEqual([{ kind: 'changed', seq: 3 }]);
  });

  it('catches a changed actor even when the detail is untouched', () => {
    const rows = chain(3);
    rows[0] = { ...rows[0]!, actorId: 'intruder' };
    expect(verifyChain(rows).problems).toContainEqual({ kind: 'changed', seq: 1 });
  });

  it('catches a deleted row', () => {
    const rows = chain(5);
    rows.splice(1, 1);
    const kinds = verifyChain(rows).problems.map((p) => p.kind);
    expect(kinds).toContain('missing_or_reordered');
    expect(kinds).toContain('broken_link');
  });

  it('catches two rows swapped', () => {
    const rows = chain(5);
    [rows[1], rows[2]] = [rows[2]!, rows[1]!];
    expect(verifyChain(rows).problems.length).toBeGreaterThan(0);
  });

  it('catches a row rehashed after editing, because the next link no longer matches', () => {
    const rows = chain(4);
    const edited = { ...rows[1]!, action: 'enquiry.list' };
    edited.hash = auditHash(edited, edited.prevHash);
    rows[1] = edited;
    expect(verifyChain(rows).problems).toEqual([{ kind: 'broken_link', seq: 3 }]);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth so key order never changes a hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
  });

  it('drops undefined values the way JSON does', () => {
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
  });
});

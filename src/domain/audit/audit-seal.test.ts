import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AuditFacts } from './audit-chain.js';
import { GENESIS_HASH } from './audit-chain.js';
import {
  type AuditSeal,
  formatHead,
  merkleRoot,
  parseHead,
  rowHash,
  type SealedRow,
  sealBatch,
  sealHash,
  verifyBatch,
} from './audit-seal.js';

function facts(seq: number): AuditFacts {
  return {
    seq,
    at: '2026-11-22T10:00:00.000Z',
    actorId: `user-${seq}`,
    actorRole: 'therapist',
    action: 'client.read',
    recordType: 'client',
    recordId: `client-${seq}`,
    ip: '127.0.0.1',
    detail: { n: seq },
  };
}

function sealed(seqs: number[], previous: { batch: number; hash: string } | null = null) {
  const { seal, rowHashes } = sealBatch(seqs.map(facts), previous, '2026-11-22T10:00:01.000Z');
  const rows: SealedRow[] = rowHashes.map(({ seq, hash }) => ({ ...facts(seq), batch: seal.batch, hash }));
  return { seal, rows };
}

const sha = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex');
};

describe('merkleRoot', () => {
  it('follows RFC 6962: leaves and nodes are prefixed, an odd node is carried up', () => {
    const [a, b, c] = ['a', 'b', 'c'];
    const leaf = (x: string) => sha('\x00', x);
    const node = (l: string, r: string) => sha('\x01', l, r);
    expect(merkleRoot([a])).toBe(leaf(a));
    expect(merkleRoot([a, b])).toBe(node(leaf(a), leaf(b)));
    expect(merkleRoot([a, b, c])).toBe(node(node(leaf(a), leaf(b)), leaf(c)));
  });

  it('changes when two leaves swap', () => {
    expect(merkleRoot(['x', 'y'])).not.toBe(merkleRoot(['y', 'x']));
  });
});

describe('sealBatch', () => {
  it('orders rows by seq inside the batch and chains to the previous batch', () => {
    const first = sealed([3, 1, 2]);
    expect(first.seal).toMatchObject({ batch: 1, firstSeq: 1, lastSeq: 3, count: 3, prevHash: GENESIS_HASH });
    expect(first.rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    const second = sealed([5, 4], first.seal);
    expect(second.seal).toMatchObject({ batch: 2, prevHash: first.seal.hash });
    const { hash, ...body } = second.seal;
    expect(sealHash(body)).toBe(hash);
  });

  it('lets a late row with a lower seq land in a later batch', () => {
    const first = sealed([1, 3]);
    const late = sealed([2], first.seal);
    expect(verifyBatch(first.seal, first.rows, null).problems).toEqual([]);
    expect(verifyBatch(late.seal, late.rows, first.seal).problems).toEqual([]);
  });

  it('refuses an empty batch', () => {
    expect(() => sealBatch([], null, 'now')).toThrow();
  });
});

describe('verifyBatch', () => {
  const { seal, rows } = sealed([1, 2, 3]);

  it('accepts an untouched batch', () => {
    expect(verifyBatch(seal, rows, null)).toEqual({ problems: [], head: { batch: 1, hash: seal.hash } });
  });

  it('names a row whose facts changed', () => {
    const changed = rows.map((r) => (r.seq === 2 ? { ...r, action: 'client.update' } : r));
    expect(verifyBatch(seal, changed, null).problems).toEqual([{ kind: 'changed', seq: 2, batch: 1 }]);
  });

  it('catches a changed row whose hash was recomputed to match', () => {
    const forged = rows.map((r) => (r.seq === 2 ? { ...r, action: 'x', hash: rowHash({ ...r, action: 'x' }) } : r));
    expect(verifyBatch(seal, forged, null).problems).toEqual([{ kind: 'missing_or_reordered', seq: 1, batch: 1 }]);
  });

  it('catches a deleted row, the last row included', () => {
    expect(verifyBatch(seal, rows.slice(0, 2), null).problems).toEqual([{ kind: 'missing_or_reordered', seq: 1, batch: 1 }]);
    expect(verifyBatch(seal, [rows[0]!, rows[2]!], null).problems).toEqual([{ kind: 'missing_or_reordered', seq: 1, batch: 1 }]);
  });

  it('catches rows out of order', () => {
    expect(verifyBatch(seal, [rows[1]!, rows[0]!, rows[2]!], null).problems).toContainEqual({
      kind: 'missing_or_reordered',
      seq: 1,
      batch: 1,
    });
  });

  it('catches a batch that does not link to the one before, or whose own hash was altered', () => {
    const other = sealed([4]);
    expect(verifyBatch(other.seal, other.rows, seal).problems).toContainEqual({ kind: 'broken_link', seq: 4, batch: 1 });
    const altered: AuditSeal = { ...seal, sealedAt: '2020-01-01T00:00:00.000Z' };
    expect(verifyBatch(altered, rows, null).problems).toEqual([{ kind: 'broken_link', seq: 1, batch: 1 }]);
  });
});

describe('heads', () => {
  it('round-trips the written form', () => {
    const head = { batch: 12, hash: 'a'.repeat(64) };
    expect(parseHead(formatHead(head))).toEqual(head);
    expect(parseHead('12:xyz')).toBeNull();
    expect(parseHead('twelve')).toBeNull();
  });
});

import { createHash } from 'node:crypto';
import { type AuditFacts, GENESIS_HASH } from './audit-chain.js';
import { canonicalJson } from './canonical-json.js';

/**
 * The audit trail as a transparency log: writers append rows freely; one sealer later takes the
 * committed, unsealed rows, hashes each, and closes them into a numbered batch whose hash covers the
 * rows' Merkle root and the previous batch's hash. Changing, removing or moving a sealed row breaks
 * its batch; removing or rewriting a batch breaks the link to the next one; removing the last batches
 * is caught against a head kept outside the database.
 */

export interface SealedRow extends AuditFacts {
  batch: number;
  hash: string;
}

export interface AuditSeal {
  batch: number;
  firstSeq: number;
  lastSeq: number;
  count: number;
  root: string;
  prevHash: string;
  hash: string;
  sealedAt: string;
}

/** The latest seal, as kept outside the database (a file under DATA_DIR, or a value the admin wrote down). */
export interface AuditHead {
  batch: number;
  hash: string;
}

function sha256(...parts: string[]): string {
  const h = createHash('sha256');
  for (const part of parts) h.update(part);
  return h.digest('hex');
}

/** A row's own fingerprint: its facts only, sequence included, so moving a row to another seq changes it. */
export function rowHash(facts: AuditFacts): string {
  return sha256(
    'row\n',
    canonicalJson({
      seq: facts.seq,
      at: facts.at,
      actorId: facts.actorId,
      actorRole: facts.actorRole,
      action: facts.action,
      recordType: facts.recordType,
      recordId: facts.recordId,
      ip: facts.ip,
      detail: facts.detail,
    }),
  );
}

/**
 * RFC 6962 Merkle tree hash over the rows' hashes in seq order (leaf and node prefixes keep a leaf from
 * passing as a node). A tree rather than one running hash, so a single row can later be proven part of
 * a batch without handing over the whole batch.
 */
export function merkleRoot(leaves: readonly string[]): string {
  if (leaves.length === 0) return sha256('empty\n');
  let level = leaves.map((leaf) => sha256('\x00', leaf));
  while (level.length > 1) {
    const next: string[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const left = level[i]!;
      const right = level[i + 1];
      // An odd node is promoted unchanged, as in RFC 6962's split at the largest power of two.
      next.push(right === undefined ? left : sha256('\x01', left, right));
    }
    level = next;
  }
  return level[0]!;
}

/** A batch's hash: its place, its size, its root and the batch before — so batches form one chain. */
export function sealHash(seal: Omit<AuditSeal, 'hash'>): string {
  return sha256(
    'seal\n',
    canonicalJson({
      batch: seal.batch,
      firstSeq: seal.firstSeq,
      lastSeq: seal.lastSeq,
      count: seal.count,
      root: seal.root,
      prevHash: seal.prevHash,
      sealedAt: seal.sealedAt,
    }),
  );
}

/** Closes committed rows (any seq order) into the batch after `previous`; rows are ordered by seq inside it. */
export function sealBatch(
  rows: readonly AuditFacts[],
  previous: AuditHead | null,
  sealedAt: string,
): { seal: AuditSeal; rowHashes: { seq: number; hash: string }[] } {
  if (rows.length === 0) throw new Error('a batch needs at least one row');
  const ordered = [...rows].sort((a, b) => a.seq - b.seq);
  const rowHashes = ordered.map((row) => ({ seq: row.seq, hash: rowHash(row) }));
  const body = {
    batch: (previous?.batch ?? 0) + 1,
    firstSeq: ordered[0]!.seq,
    lastSeq: ordered[ordered.length - 1]!.seq,
    count: ordered.length,
    root: merkleRoot(rowHashes.map((r) => r.hash)),
    prevHash: previous?.hash ?? GENESIS_HASH,
    sealedAt,
  };
  return { seal: { ...body, hash: sealHash(body) }, rowHashes };
}

export type SealProblem =
  /** A row's facts no longer match the fingerprint it was sealed with. */
  | { kind: 'changed'; seq: number; batch: number }
  /** A batch's rows do not add up to its root: a row was removed, added, moved or reordered. */
  | { kind: 'missing_or_reordered'; seq: number; batch: number }
  /** A batch does not link to the one before it, its own hash is wrong, or a batch number is skipped. */
  | { kind: 'broken_link'; seq: number; batch: number }
  /** Rows name a batch that has no seal. */
  | { kind: 'unknown_batch'; seq: number; batch: number };

export interface BatchVerdict {
  problems: SealProblem[];
  head: AuditHead;
}

/**
 * Checks one sealed batch and the rows the database says belong to it (in seq order), given the batch
 * checked before it. Pure, so the walk over a large log can feed it one batch at a time.
 */
export function verifyBatch(seal: AuditSeal, rows: readonly SealedRow[], previous: AuditHead | null): BatchVerdict {
  const problems: SealProblem[] = [];
  const at = { seq: seal.firstSeq, batch: seal.batch };
  const expectedBatch = (previous?.batch ?? 0) + 1;
  const expectedPrev = previous?.hash ?? GENESIS_HASH;
  const { hash, ...body } = seal;
  if (seal.batch !== expectedBatch || seal.prevHash !== expectedPrev || sealHash(body) !== hash)
    problems.push({ kind: 'broken_link', ...at });
  const hashes: string[] = [];
  let lastSeq = -Infinity;
  let ordered = true;
  for (const row of rows) {
    if (rowHash(row) !== row.hash) problems.push({ kind: 'changed', seq: row.seq, batch: seal.batch });
    if (row.seq <= lastSeq) ordered = false;
    lastSeq = row.seq;
    hashes.push(row.hash);
  }
  const adds =
    ordered &&
    rows.length === seal.count &&
    rows[0]?.seq === seal.firstSeq &&
    rows[rows.length - 1]?.seq === seal.lastSeq &&
    merkleRoot(hashes) === seal.root;
  if (!adds) problems.push({ kind: 'missing_or_reordered', ...at });
  return { problems, head: { batch: seal.batch, hash: seal.hash } };
}

/** "12:ab34…" — how a head is written down and typed back (`--expect-head`). */
export function formatHead(head: AuditHead): string {
  return `${head.batch}:${head.hash}`;
}

export function parseHead(text: string): AuditHead | null {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  return match ? { batch: Number(match[1]), hash: match[2]! } : null;
}

import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { type AuditHead, type AuditSeal, parseHead } from '../../../domain/audit/audit-seal.js';

/** What the sealer keeps outside the database: enough to notice the last batches going missing. */
export interface KeptHead extends AuditHead {
  lastSeq: number;
  sealedAt: string;
}

export const AUDIT_HEAD_FILE_NAME = 'audit-head.json';

export function readHeadFile(file: string): KeptHead | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const value = JSON.parse(text) as Partial<KeptHead>;
  const head = parseHead(`${value.batch}:${value.hash}`);
  if (!head) throw new Error(`${file} does not hold an audit head`);
  return { ...head, lastSeq: Number(value.lastSeq ?? 0), sealedAt: String(value.sealedAt ?? '') };
}

/** Written whole and renamed into place, so a crash leaves the old head or the new one, never half of one. */
export function writeHeadFile(file: string, seal: AuditSeal): void {
  const kept: KeptHead = { batch: seal.batch, hash: seal.hash, lastSeq: seal.lastSeq, sealedAt: seal.sealedAt };
  const temp = `${file}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, `${JSON.stringify(kept, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}

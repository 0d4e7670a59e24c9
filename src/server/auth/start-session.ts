import type { Tx } from '../platform/deps.js';
import { endSession, insertSession } from './sessions.repository.js';
import { hashToken, newToken } from './tokens.js';

/**
 * A fresh session id on every sign-in (no fixation): any session the browser already carried is ended.
 * Returns the token for the cookie; only its hash is kept.
 */
export async function startSession(
  tx: Tx,
  options: { userId: string; kind: 'staff' | 'client'; now: Date; previousToken?: string | undefined },
): Promise<{ token: string; sessionId: string }> {
  const at = options.now.toISOString();
  if (options.previousToken) await endSession(tx.db, hashToken(options.previousToken), at);
  const token = newToken();
  const sessionId = hashToken(token);
  await insertSession(tx.db, { id: sessionId, userId: options.userId, kind: options.kind, at });
  return { token, sessionId };
}

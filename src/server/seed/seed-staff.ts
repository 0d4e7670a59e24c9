import { v7 as uuidv7 } from 'uuid';
import type { Role } from '../../domain/access/roles.js';
import { hashPassword, insertUser } from '../auth/index.js';
import type { Deps } from '../platform/deps.js';

export interface SeededUser {
  id: string;
  email: string;
  password: string;
  displayName: string;
  roles: Role[];
}

const hashes = new Map<string, Promise<string>>();
function cachedHash(password: string): Promise<string> {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
}

/** Creates an account directly (no invitation), for tests, local development and the demo practice. */
export async function seedUser(
  deps: Pick<Deps, 'db' | 'clock'>,
  options: { roles: Role[]; email?: string; displayName?: string; password?: string; clientId?: string },
): Promise<SeededUser> {
  const id = uuidv7();
  const email = options.email ?? `${options.roles.join('-')}-${id.slice(-8)}@holdspace.test`;
  const password = options.password ?? 'a calm and steady test passphrase';
  const displayName = options.displayName ?? `Test ${options.roles.join(' & ')}`;
  await insertUser(deps.db, {
    id,
    email,
    displayName,
    passwordHash: await cachedHash(password),
    roles: options.roles,
    at: deps.clock().toISOString(),
    clientId: options.clientId ?? null,
  });
  return { id, email: email.toLowerCase(), password, displayName, roles: options.roles };
}

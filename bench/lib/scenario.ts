import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.js';
import { saveStaffTwoFactor } from '../../src/server/auth/index.js';
import type { Deps } from '../../src/server/platform/deps.js';
import type { RunningServer } from '../../src/server/start-server.js';
import type { LoadRequest } from './load.js';

/** Ids made while preparing the product run, handed to the bare route so it inserts rows that fit. */
export type Fixture = Record<string, string>;

/**
 * One HTTP write measured two ways on the same database: through the product (signed in, authorized,
 * validated, audited) and through a bare Fastify route doing the same insert in a transaction.
 * A scenario module exports `scenario`; the harness runs each side in its own server process.
 */
export interface WriteScenario {
  /** Printed as `<label> ratio sqlite: 0.62`. */
  label: string;
  /** What is measured, for the heading. */
  title: string;
  /** Runs in the product server's process once it listens: seeds, signs in, returns the request to repeat. */
  prepare(server: RunningServer): Promise<{ request: LoadRequest; fixture: Fixture }>;
  /** Registers the bare route on a plain Fastify app over its own connection to the same database. */
  bare(app: FastifyInstance, db: Kysely<Database>, fixture: Fixture): LoadRequest;
}

/** The bench measures writes, not sign-in: its practice lets staff sign in with a password alone. */
export async function withoutStaffTwoFactor(deps: Deps): Promise<void> {
  await saveStaffTwoFactor(deps.db, false, null, new Date().toISOString());
}

/** Signs in through the real endpoint and returns the cookie header, as a browser would hold it. */
export async function signInOver(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(new URL('/api/auth/sign-in', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('hs_session='));
  if (!cookie) throw new Error('sign-in set no session cookie');
  return cookie.split(';')[0]!;
}

/** A JSON call to the running server that must succeed, for setting up a scenario. */
export async function callOver(baseUrl: string, cookie: string, method: string, path: string, body?: unknown) {
  const response = await fetch(new URL(path, baseUrl), {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return JSON.parse(text) as Record<string, unknown>;
}

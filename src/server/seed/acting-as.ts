import type { RequestContext } from '../platform/context.js';
import type { SeededUser } from './seed-staff.js';

/** A request context for seeding through the real use cases, as this person, at this moment. */
export function actingAs(user: SeededUser, at: Date, clientId: string | null = null): RequestContext {
  return {
    actor: {
      userId: user.id,
      displayName: user.displayName,
      email: user.email,
      roles: user.roles,
      sessionId: 'seed',
      kind: user.roles.includes('client') ? 'client' : 'staff',
      clientId,
    },
    ip: '127.0.0.1',
    now: at,
  };
}

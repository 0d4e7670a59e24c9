import type { Role } from '../../domain/access/roles.js';

export interface Actor {
  userId: string;
  displayName: string;
  /** The name they chose to be greeted by, if any. */
  shortName?: string | null;
  email: string;
  roles: Role[];
  sessionId: string;
  kind: 'staff' | 'client';
  /** Set for a client's portal account: the only chart they may see. */
  clientId: string | null;
}

/** Who acts, from where, at what moment: every use case takes one and authorizes against it first. */
export interface RequestContext {
  actor: Actor | null;
  ip: string;
  now: Date;
}

export function anonymousContext(ip: string, now: Date): RequestContext {
  return { actor: null, ip, now };
}

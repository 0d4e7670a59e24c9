import type { FastifyReply, FastifyRequest } from 'fastify';

export interface SessionCookiePolicy {
  name: string;
  /** Always true when people reach Holdspace over https, whatever a proxy says about this request. */
  secure: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    sessionCookie: SessionCookiePolicy;
  }
}

/**
 * Under an https PUBLIC_URL the cookie is `__Host-` prefixed: browsers then insist on Secure, Path=/ and no
 * Domain, so neither a plain-http page nor a sibling subdomain can set or read it.
 */
export function sessionCookiePolicy(publicUrl: string): SessionCookiePolicy {
  const secure = publicUrl.startsWith('https://');
  return { name: secure ? '__Host-hs_session' : 'hs_session', secure };
}

function options(request: FastifyRequest) {
  const secure = request.server.sessionCookie.secure || request.protocol === 'https';
  return { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
}

/** HttpOnly so scripts never see it; SameSite=Lax so other sites cannot ride on it; Secure under https. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  void reply.setCookie(request.server.sessionCookie.name, token, options(request));
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(request.server.sessionCookie.name, options(request));
}

export function readSessionToken(request: FastifyRequest): string | undefined {
  const token = request.cookies[request.server.sessionCookie.name];
  return token && token.length <= 100 ? token : undefined;
}

/**
 * The half-signed-in state between a right password and the second factor (decision 26): its own cookie,
 * never a session, so the request context never sees anyone signed in while it is all a browser holds.
 */
function challengeCookieName(request: FastifyRequest): string {
  return request.server.sessionCookie.secure ? '__Host-hs_challenge' : 'hs_challenge';
}

export function setChallengeCookie(request: FastifyRequest, reply: FastifyReply, token: string, maxAgeSeconds: number): void {
  void reply.setCookie(challengeCookieName(request), token, { ...options(request), maxAge: maxAgeSeconds });
}

export function clearChallengeCookie(request: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(challengeCookieName(request), options(request));
}

export function readChallengeToken(request: FastifyRequest): string | undefined {
  const token = request.cookies[challengeCookieName(request)];
  return token && token.length <= 100 ? token : undefined;
}

import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'hs_session';

function isSecure(request: FastifyRequest): boolean {
  return request.protocol === 'https';
}

/** HttpOnly so scripts never see it; SameSite=Lax so other sites cannot ride on it; Secure under https. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  void reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: isSecure(request), path: '/' });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: isSecure(request), path: '/' });
}

export function readSessionToken(request: FastifyRequest): string | undefined {
  const token = request.cookies[SESSION_COOKIE];
  return token && token.length <= 100 ? token : undefined;
}

import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';

/**
 * One line per answered request (method, path, status, time taken) in place of Fastify's two (one on
 * arrival, one on answer): half the logging work on every call, and the line kept says all the pair did.
 * The serializers in app.ts keep query strings, bodies and headers out of it.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    if (error) reply.log.error({ req: request, res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}

export const requestLogServerOptions = { logController: new OneLinePerRequest() };

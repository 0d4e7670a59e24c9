import { isIP } from 'node:net';
import { z } from 'zod';

/** `false`, a number of proxy hops to trust, or the proxies' addresses (IPs or CIDR ranges) — never "all". */
export type TrustProxy = false | number | string[];

function isAddressOrRange(value: string): boolean {
  const [address, bits, ...rest] = value.split('/');
  if (rest.length > 0 || !address) return false;
  const version = isIP(address);
  if (version === 0) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n <= (version === 4 ? 32 : 128);
}

const TrustProxySchema = z
  .string()
  .default('false')
  .transform((value, ctx): TrustProxy => {
    const text = value.trim();
    if (text === 'false') return false;
    if (/^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= 10) return Number(text);
    const list = text
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    if (list.length > 0 && list.every(isAddressOrRange)) return list;
    ctx.addIssue({
      code: 'custom',
      message:
        'must be false, the number of proxies in front of Holdspace (e.g. 1), or their addresses (e.g. 10.0.0.5,10.0.1.0/24); "true" would let any visitor choose the address Holdspace records',
    });
    return z.NEVER;
  });

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL, or unset for the embedded SQLite database')
    .optional(),
  PUBLIC_URL: z.url('must be the address people use to reach Holdspace, e.g. https://kap.example.org').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL, or unset to keep mail in the outbox')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Holdspace <no-reply@localhost>'),
  TRUST_PROXY: TrustProxySchema,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  API_RATE_LIMIT_PER_MINUTE: z.coerce
    .number('must be a whole number of requests per minute')
    .int('must be a whole number of requests per minute')
    .min(1, 'must be at least 1 request per minute')
    .default(600),
  /** How long a signed-in session may be answered from memory; any commit to sessions, people or roles drops it sooner (0038). 0 turns it off. */
  SESSION_CACHE_MS: z.coerce
    .number('must be a whole number of milliseconds')
    .int('must be a whole number of milliseconds')
    .min(0, 'must be 0 (off) or more')
    .max(10_000, 'must be at most 10000 (10 s): a sign-out elsewhere must take effect soon')
    .default(1000),
});

export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {}

/** Reads the environment once at boot and fails with the variable's name when it is wrong. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new EnvError(`Holdspace cannot start: the environment is not right.\n${lines.join('\n')}`);
  }
  return parsed.data;
}

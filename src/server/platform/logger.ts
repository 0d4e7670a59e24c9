/** The slice of pino the platform needs; Fastify's logger fits it, and tests can pass a silent one. */
export interface Logger {
  error(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
}

export const silentLogger: Logger = { error() {}, warn() {}, info() {} };

/** Before the app's logger exists (the CLI, a benchmark): JSON lines on stderr, ids and codes only. */
export const stderrLogger: Logger = {
  error: (obj, msg) => console.error(JSON.stringify({ level: 'error', msg, ...serializable(obj) })),
  warn: (obj, msg) => console.error(JSON.stringify({ level: 'warn', msg, ...serializable(obj) })),
  info: () => {},
};

function serializable(obj: object): object {
  if (obj instanceof Error) return { err: obj.message };
  const err = (obj as { err?: unknown }).err;
  return err instanceof Error ? { ...obj, err: err.message } : obj;
}

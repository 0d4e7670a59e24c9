import type { Logger } from '../server/platform/logger.js';

export interface LoggedLine {
  level: 'error' | 'warn' | 'info';
  obj: object;
  msg: string | undefined;
}

/** A logger that keeps what it was told, so a test can show a failure was logged and not swallowed. */
export function recordingLogger(): Logger & { lines: LoggedLine[] } {
  const lines: LoggedLine[] = [];
  return {
    lines,
    error: (obj, msg) => lines.push({ level: 'error', obj, msg }),
    warn: (obj, msg) => lines.push({ level: 'warn', obj, msg }),
    info: (obj, msg) => lines.push({ level: 'info', obj, msg }),
  };
}

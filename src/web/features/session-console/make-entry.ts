import { v7 as uuidv7 } from 'uuid';
import type { ConsoleEntryBody, ContentEntryBody } from '../../../contracts/session-console.contracts';

import type { EntryContent } from './console-types';

/**
 * A new entry made on this device: a UUIDv7 id (so a retry is recognised), the device time, and the
 * last measured difference from the server's clock. The server stamps its own time on arrival.
 */
export function makeEntry(content: EntryContent | ContentEntryBody, clockOffsetMs: number, now = new Date()): ConsoleEntryBody {
  const offset = Math.max(-86_400_000, Math.min(86_400_000, Math.round(clockOffsetMs)));
  return { id: uuidv7({ msecs: now.getTime() }), deviceTime: now.toISOString(), clockOffsetMs: offset, ...content } as ConsoleEntryBody;
}

import type { z } from 'zod';
import type {
  ConsoleEntryBody,
  EntryBatchResultSchema,
  SessionAlertViewSchema,
  SessionConsoleStateSchema,
  SessionGlanceSchema,
  TimelineEntryViewSchema,
} from '../../../contracts/session-console.contracts';

export type EntryBatchResult = z.infer<typeof EntryBatchResultSchema>;
export type SessionConsoleState = z.infer<typeof SessionConsoleStateSchema>;
export type TimelineEntryView = z.infer<typeof TimelineEntryViewSchema>;
export type SessionAlertView = z.infer<typeof SessionAlertViewSchema>;
export type SessionGlance = z.infer<typeof SessionGlanceSchema>;

/** The state as it may arrive once the server adds the practice's vocabulary. */
export type ConsoleState = SessionConsoleState & {
  vocabulary?: Record<string, { code: string; label: string; retired?: boolean }[]>;
  me?: { id: string; name: string; role: string };
};

/** An entry's kind and body, still told apart by kind (a plain Pick would merge the union). */
export type EntryContent = ConsoleEntryBody extends infer E
  ? E extends { kind: unknown; body: unknown }
    ? { kind: E['kind']; body: E['body'] }
    : never
  : never;

import type { z } from 'zod';
import type {
  ConsoleEntryBody,
  EntryBatchResultSchema,
  SessionAlertViewSchema,
  SessionConsoleStateSchema,
  TimelineEntryViewSchema,
} from '../../../contracts/session-console.contracts';

export type EntryBatchResult = z.infer<typeof EntryBatchResultSchema>;
export type SessionConsoleState = z.infer<typeof SessionConsoleStateSchema>;
export type TimelineEntryView = z.infer<typeof TimelineEntryViewSchema>;
export type SessionAlertView = z.infer<typeof SessionAlertViewSchema>;

/**
 * What the console shows at a glance from preparation. The state contract does not carry it yet, so
 * each part is optional and the console says plainly when something was not sent.
 */
export interface SessionGlance {
  clientName?: string;
  intention?: string | null;
  touchConsent?: { consented: boolean; kinds: { code: string; label: string }[]; limits: string } | null;
  groundingCues?: string[];
  wordsToAvoid?: string[];
  signals?: string[];
  readiness?: { label: string; holds: boolean }[];
}

/** The state as it may arrive once the server adds the glance and the practice's vocabulary. */
export type ConsoleState = SessionConsoleState & {
  glance?: SessionGlance;
  vocabulary?: Record<string, { code: string; label: string; retired?: boolean }[]>;
  me?: { id: string; name: string; role: string };
};

/** An entry's kind and body, still told apart by kind (a plain Pick would merge the union). */
export type EntryContent = ConsoleEntryBody extends infer E
  ? E extends { kind: unknown; body: unknown }
    ? { kind: E['kind']; body: E['body'] }
    : never
  : never;

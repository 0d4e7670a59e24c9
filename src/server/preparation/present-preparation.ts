import type { Kysely } from 'kysely';
import type {
  GroundingToolBody,
  GroundingToolView,
  IntentionView,
  SafetyPlanBody,
  TouchPreferencesBody,
} from '../../contracts/preparation.contracts.js';
import type { Database } from '../../db/schema.js';
import { GROUNDING_KINDS, type IntentionKind } from '../../domain/preparation/vocabulary.js';
import { getPracticeSettings } from '../practice/index.js';
import { type Revision, revisionsOfKind } from './revisions.repository.js';

export interface IntentionBodyStored {
  kind: IntentionKind;
  text: string;
}

export function presentIntention(versions: Revision<IntentionBodyStored>[]): IntentionView {
  const current = versions[0]!;
  return {
    id: current.recordId,
    kind: current.body.kind,
    text: current.body.text,
    retired: current.retired,
    current: current.authorship,
    versions: versions.map((v) => ({ ...v.authorship, text: v.body.text, retired: v.retired })),
  };
}

export function presentTool(versions: Revision<GroundingToolBody>[]): GroundingToolView {
  const current = versions[0]!;
  return {
    id: current.recordId,
    ...current.body,
    kindLabel: GROUNDING_KINDS.find((k) => k.code === current.body.kind)?.label ?? current.body.kind,
    retired: current.retired,
    current: current.authorship,
    versionCount: versions.length,
  };
}

const byFirstWritten = <T>(a: Revision<T>[], b: Revision<T>[]) =>
  a.at(-1)!.authorship.writtenAt < b.at(-1)!.authorship.writtenAt ? -1 : 1;

export async function loadIntentions(db: Kysely<Database>, clientId: string): Promise<IntentionView[]> {
  const records = await revisionsOfKind<IntentionBodyStored>(db, clientId, 'intention');
  return [...records.values()].sort(byFirstWritten).map(presentIntention);
}

export async function loadTools(db: Kysely<Database>, clientId: string): Promise<GroundingToolView[]> {
  const records = await revisionsOfKind<GroundingToolBody>(db, clientId, 'grounding_tool');
  return [...records.values()].sort(byFirstWritten).map(presentTool);
}

export async function loadTouchPreferences(db: Kysely<Database>, clientId: string) {
  const versions = [...(await revisionsOfKind<TouchPreferencesBody>(db, clientId, 'touch_preferences')).values()][0] ?? [];
  const current = versions[0];
  return {
    current: current ? { ...current.body, current: current.authorship } : null,
    history: versions.map((v) => v.authorship),
  };
}

export async function crisisLines(db: Kysely<Database>) {
  return { crisisLine: '988', emergencyNumber: (await getPracticeSettings(db)).emergencyNumber };
}

export async function loadSafetyPlan(db: Kysely<Database>, clientId: string) {
  const versions = [...(await revisionsOfKind<SafetyPlanBody>(db, clientId, 'safety_plan')).values()][0] ?? [];
  const lines = await crisisLines(db);
  const current = versions[0];
  return {
    current: current ? { ...current.body, current: current.authorship, crisisLines: lines } : null,
    crisisLines: lines,
    history: versions.map((v) => v.authorship),
  };
}

/** Every version of the touch and support preferences as it was saved, newest first. */
export async function loadTouchPreferencesHistory(db: Kysely<Database>, clientId: string) {
  const versions = [...(await revisionsOfKind<TouchPreferencesBody>(db, clientId, 'touch_preferences')).values()][0] ?? [];
  return { versions: versions.map((v) => ({ ...v.body, authorship: v.authorship })) };
}

/** Every version of the safety plan as it was saved, newest first. */
export async function loadSafetyPlanHistory(db: Kysely<Database>, clientId: string) {
  const versions = [...(await revisionsOfKind<SafetyPlanBody>(db, clientId, 'safety_plan')).values()][0] ?? [];
  return { versions: versions.map((v) => ({ ...v.body, authorship: v.authorship })) };
}

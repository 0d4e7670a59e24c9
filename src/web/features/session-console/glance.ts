import type { z } from 'zod';
import type { PreparationOverviewSchema } from '../../../contracts/preparation.contracts';
import { TOUCH_KINDS } from '../../../domain/preparation/vocabulary';
import type { SessionGlance } from './console-types';

export type PreparationOverview = z.infer<typeof PreparationOverviewSchema>;

const lines = (text: string) =>
  text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The console's "at a glance" from the client's preparation: what the room needs to hold in mind. */
export function glanceFrom(overview: PreparationOverview): SessionGlance {
  const touch = overview.touchPreferences;
  const intentions = overview.intentions.filter((i) => !i.retired && i.kind === 'intention');
  const cues = [...(touch ? lines(touch.groundingCues) : []), ...overview.tools.filter((t) => !t.retired).map((t) => t.name)];
  const limits = touch ? [touch.otherTouch, touch.neverTouch ? `Never: ${touch.neverTouch}` : ''].filter(Boolean).join(' · ') : '';
  return {
    intention: intentions.length > 0 ? intentions.map((i) => i.text).join(' · ') : null,
    touchConsent: touch
      ? {
          consented: touch.consentedTouch.length > 0,
          kinds: touch.consentedTouch.map((code) => ({ code, label: TOUCH_KINDS.find((k) => k.code === code)?.label ?? code })),
          limits,
        }
      : null,
    groundingCues: cues,
    wordsToAvoid: touch ? lines(touch.wordsToAvoid) : [],
    signals: touch ? touch.signals.map((s) => `${s.signal}: ${s.meaning}`) : [],
  };
}

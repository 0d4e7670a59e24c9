import type { ReactNode } from 'react';
import type { SafetyPlanBody, TouchPreferencesBody } from '../../../contracts/preparation.contracts';
import { TOUCH_KINDS } from '../../../domain/preparation/vocabulary';

const touchLabel = (code: string) => TOUCH_KINDS.find((k) => k.code === code)?.label ?? code;

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd className="plan-text">{children}</dd>
    </div>
  );
}

const orNone = (text: string) => text || 'Nothing written';

/** One version of the touch and support preferences, read only: what the session console will also show. */
export function TouchFacts({ value }: { value: TouchPreferencesBody }) {
  const kinds = [...value.consentedTouch.map(touchLabel), ...(value.otherTouch ? [value.otherTouch] : [])];
  return (
    <dl className="facts facts-stacked">
      <Fact term="Supportive touch consented to">{kinds.length === 0 ? 'No touch at all' : kinds.join('; ')}</Fact>
      <Fact term="Where or how never to touch">{orNone(value.neverTouch)}</Fact>
      <Fact term="Grounding cues and words">{orNone(value.groundingCues)}</Fact>
      <Fact term="Words to avoid">{orNone(value.wordsToAvoid)}</Fact>
      <Fact term="Signals in a session">
        {value.signals.length === 0 ? 'None agreed' : value.signals.map((s) => `${s.signal}: ${s.meaning}`).join('; ')}
      </Fact>
    </dl>
  );
}

const contacts = (list: SafetyPlanBody['peopleAndPlaces']) =>
  list.length === 0 ? 'None listed' : list.map((c) => (c.howToReach ? `${c.name} (${c.howToReach})` : c.name)).join('; ');

/** One version of the safety plan, read only. */
export function SafetyPlanFacts({ value }: { value: SafetyPlanBody }) {
  return (
    <dl className="facts facts-stacked">
      <Fact term="Warning signs">{orNone(value.warningSigns)}</Fact>
      <Fact term="Coping strategies">{orNone(value.copingStrategies)}</Fact>
      <Fact term="People and places that help">{contacts(value.peopleAndPlaces)}</Fact>
      <Fact term="Professionals">{contacts(value.professionals)}</Fact>
      <Fact term="Making the environment safe">{orNone(value.makingSafe)}</Fact>
    </dl>
  );
}

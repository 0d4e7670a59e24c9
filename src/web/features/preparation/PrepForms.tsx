import { type FormEvent, useState } from 'react';
import type { SafetyPlanBody, TouchPreferencesBody } from '../../../contracts/preparation.contracts';
import { TOUCH_KINDS } from '../../../domain/preparation/vocabulary';
import { Button } from '../../ui/Button';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { Textarea } from '../../ui/Textarea';
import { type PreparationOverview, useSaveSafetyPlan, useSaveTouch } from './preparation.api';
import { Versioned } from './Versioned';
import { HistoryToggle, SafetyPlanHistory, TouchHistory } from './VersionHistory';

type TouchKind = TouchPreferencesBody['consentedTouch'][number];

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** "Raised hand = pause", one per line, is the quickest way to write signals with a client in the room. */
function parseSignals(text: string) {
  return lines(text).map((line) => {
    const [signal = '', ...meaning] = line.split('=');
    return { signal: signal.trim(), meaning: meaning.join('=').trim() || signal.trim() };
  });
}

export function TouchForm({ clientId, current }: { clientId: string; current: PreparationOverview['touchPreferences'] }) {
  const save = useSaveTouch(clientId);
  const [consented, setConsented] = useState<TouchKind[]>(current?.consentedTouch ?? []);
  const [form, setForm] = useState({
    neverTouch: current?.neverTouch ?? '',
    groundingCues: current?.groundingCues ?? '',
    wordsToAvoid: current?.wordsToAvoid ?? '',
    signals: (current?.signals ?? []).map((s) => `${s.signal} = ${s.meaning}`).join('\n'),
  });
  const errors = fieldErrorsOf(save.error);
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) => setForm({ ...form, [key]: e.currentTarget.value });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { signals, ...rest } = form;
    save.mutate({
      ...rest,
      consentedTouch: consented,
      otherTouch: current?.otherTouch ?? '',
      signals: parseSignals(signals),
      reviewedWithClient: true,
    });
  };
  return (
    <form className="card form form-compact" onSubmit={onSubmit} noValidate aria-labelledby="touch-heading">
      <h3 id="touch-heading" className="card-title">
        Touch and support preferences
      </h3>
      <Versioned current={current?.current ?? null} empty="Not recorded yet." />
      <HistoryToggle label="every version" count={current?.current.version ?? 0}>
        {() => <TouchHistory from={clientId} />}
      </HistoryToggle>
      <ErrorSummary error={save.error} title="The preferences were not saved" />
      <CheckboxGroup
        name="consentedTouch"
        legend="Supportive touch the client consents to"
        hint="Leave all unticked for no touch at all."
        options={TOUCH_KINDS.map((k) => ({ value: k.code, label: k.label }))}
        value={consented}
        onChange={setConsented}
      />
      <Textarea
        name="neverTouch"
        label="Where or how never to touch"
        optional
        rows={2}
        value={form.neverTouch}
        error={errors.neverTouch}
        onChange={set('neverTouch')}
      />
      <Textarea
        name="groundingCues"
        label="Preferred grounding cues and words"
        optional
        rows={2}
        value={form.groundingCues}
        onChange={set('groundingCues')}
      />
      <Textarea name="wordsToAvoid" label="Words to avoid" optional rows={2} value={form.wordsToAvoid} onChange={set('wordsToAvoid')} />
      <Textarea
        name="signals"
        label="Signals in a session"
        optional
        rows={3}
        hint="One a line, like “Raised hand = pause”."
        value={form.signals}
        onChange={set('signals')}
      />
      <div className="form-actions">
        <Button type="submit" busy={save.isPending} busyLabel="Saving…">
          Save a new version
        </Button>
        <p className="form-done" role="status">
          {save.isSuccess ? 'Preferences saved.' : ''}
        </p>
      </div>
    </form>
  );
}

const contactText = (list: SafetyPlanBody['peopleAndPlaces']) =>
  list.map((c) => (c.howToReach ? `${c.name} = ${c.howToReach}` : c.name)).join('\n');
const parseContacts = (text: string) =>
  lines(text).map((line) => {
    const [name = '', ...how] = line.split('=');
    return { name: name.trim(), howToReach: how.join('=').trim() };
  });

export function SafetyPlanForm({ clientId, current }: { clientId: string; current: PreparationOverview['safetyPlan'] }) {
  const save = useSaveSafetyPlan(clientId);
  const [form, setForm] = useState({
    warningSigns: current?.warningSigns ?? '',
    copingStrategies: current?.copingStrategies ?? '',
    peopleAndPlaces: contactText(current?.peopleAndPlaces ?? []),
    professionals: contactText(current?.professionals ?? []),
    makingSafe: current?.makingSafe ?? '',
  });
  const errors = fieldErrorsOf(save.error);
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) => setForm({ ...form, [key]: e.currentTarget.value });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ ...form, peopleAndPlaces: parseContacts(form.peopleAndPlaces), professionals: parseContacts(form.professionals) });
  };
  return (
    <form className="card form form-compact" onSubmit={onSubmit} noValidate aria-labelledby="safety-plan-heading">
      <h3 id="safety-plan-heading" className="card-title">
        Safety plan
      </h3>
      <Versioned current={current?.current ?? null} empty="No safety plan yet." />
      <HistoryToggle label="every version" count={current?.current.version ?? 0}>
        {() => <SafetyPlanHistory from={clientId} />}
      </HistoryToggle>
      <ErrorSummary error={save.error} title="The safety plan was not saved" />
      <Textarea
        name="warningSigns"
        label="Warning signs"
        optional
        rows={3}
        value={form.warningSigns}
        error={errors.warningSigns}
        onChange={set('warningSigns')}
      />
      <Textarea
        name="copingStrategies"
        label="Coping strategies"
        optional
        rows={3}
        value={form.copingStrategies}
        onChange={set('copingStrategies')}
      />
      <Textarea
        name="peopleAndPlaces"
        label="People and places that help"
        optional
        rows={3}
        hint="One a line, like “Sam (sister) = 555-0142”."
        value={form.peopleAndPlaces}
        onChange={set('peopleAndPlaces')}
      />
      <Textarea
        name="professionals"
        label="Professionals and how to reach them"
        optional
        rows={2}
        hint="One a line. 988 and the local emergency number are always added."
        value={form.professionals}
        onChange={set('professionals')}
      />
      <Textarea
        name="makingSafe"
        label="Making the environment safe"
        optional
        rows={2}
        value={form.makingSafe}
        onChange={set('makingSafe')}
      />
      <div className="form-actions">
        <Button type="submit" busy={save.isPending} busyLabel="Saving…">
          Save a new version
        </Button>
        <p className="form-done" role="status">
          {save.isSuccess ? 'Safety plan saved.' : ''}
        </p>
      </div>
    </form>
  );
}

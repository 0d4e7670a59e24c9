import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { applyTheme, storedTheme } from '../../app/theme';
import { useCurrentUserQuery } from '../../kernel/session';
import { AlertsPanel } from './AlertsPanel';
import { BeforeDosingPanel } from './BeforeDosingPanel';
import { ConsoleClock, useNow } from './ConsoleClock';
import { Timeline } from './ConsoleTimeline';
import { DischargeSection } from './DischargeSection';
import { GlancePanel } from './GlancePanel';
import { FragmentBox, InterventionPad, Kbd, NoteBox, ObservationPad, somaticButtons } from './LogPads';
import { MedicinesPad } from './MedicineForms';
import { registerConsoleWorker } from './register-worker';
import { SyncIndicator } from './SyncIndicator';
import { ACTION_KEYS, isTypingTarget, shortcutKey } from './shortcuts';
import { useSessionConsole } from './use-session-console';
import { AdverseEventForm, VitalsForm } from './VitalsForm';
import './session-console.css';

const SOUND_KEY = 'holdspace.console.sound';

/** Dim is remembered on this device; toggling goes back to whatever was chosen before. */
function useDim(): [boolean, () => void] {
  const [dim, setDim] = useState(() => storedTheme() === 'dim');
  useEffect(() => {
    if (dim) applyTheme('dim');
  }, [dim]);
  const toggle = useCallback(() => {
    setDim((was) => {
      applyTheme(was ? 'system' : 'dim');
      return !was;
    });
  }, []);
  return [dim, toggle];
}

export function SessionConsolePage() {
  const { sessionId = '' } = useParams();
  const model = useSessionConsole(sessionId);
  const me = useCurrentUserQuery().data ?? null;
  // A co-facilitator logs vitals, observations and adverse events; the rest stays with the clinicians (the server refuses it).
  const clinician = !me || me.roles.includes('therapist') || me.roles.includes('prescriber');
  const { state, log } = model;
  const now = useNow(model.clockOffsetMs);
  const [dim, toggleDim] = useDim();
  const [soundOn, setSoundOn] = useState(() => localStorage.getItem(SOUND_KEY) === 'on');
  const refs = {
    fragment: useRef<HTMLTextAreaElement>(null),
    note: useRef<HTMLTextAreaElement>(null),
    vitals: useRef<HTMLInputElement>(null),
    adverse: useRef<HTMLSelectElement>(null),
    environment: useRef<HTMLSelectElement>(null),
    touch: useRef<HTMLFieldSetElement>(null),
    dose: useRef<HTMLSelectElement>(null),
    prn: useRef<HTMLInputElement>(null),
    decision: useRef<HTMLInputElement>(null),
  };
  useEffect(() => registerConsoleWorker(), []);

  const buttons = useMemo(() => (state ? somaticButtons(state) : []), [state]);
  const touchKinds = state?.glance.touch?.consented ?? [];

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target)) {
        // Esc leaves any field, so the next key is a shortcut again.
        if (event.key === 'Escape') (event.target as HTMLElement).blur();
        return;
      }
      const key = shortcutKey(event);
      if (!key) return;
      const term = buttons.find((b) => b.key === key);
      const simple = {
        [ACTION_KEYS.grounding_cue]: 'grounding_cue',
        [ACTION_KEYS.co_regulation]: 'co_regulation',
        [ACTION_KEYS.words_offered]: 'words_offered',
      } as const;
      let handled = true;
      if (term) void log({ kind: 'observation', body: { category: term.category, term: term.code, note: '' } });
      else if (
        !clinician &&
        (key in simple ||
          key === ACTION_KEYS.fragment ||
          key === ACTION_KEYS.note ||
          key === ACTION_KEYS.environment ||
          key === ACTION_KEYS.supportive_touch ||
          key === ACTION_KEYS.dose ||
          key === ACTION_KEYS.prn)
      )
        handled = false;
      else if (key in simple) void log({ kind: 'intervention', body: { type: simple[key as keyof typeof simple], note: '' } });
      else if (key === ACTION_KEYS.dim) toggleDim();
      else if (key === ACTION_KEYS.fragment) refs.fragment.current?.focus();
      else if (key === ACTION_KEYS.note) refs.note.current?.focus();
      else if (key === ACTION_KEYS.vitals) refs.vitals.current?.focus();
      else if (key === ACTION_KEYS.adverse) refs.adverse.current?.focus();
      else if (key === ACTION_KEYS.environment) refs.environment.current?.focus();
      else if (key === ACTION_KEYS.supportive_touch) (refs.touch.current?.querySelector('button') ?? refs.touch.current)?.focus();
      else if (key === ACTION_KEYS.dose && refs.dose.current) refs.dose.current.focus();
      else if (key === ACTION_KEYS.prn) refs.prn.current?.focus();
      else if (key === ACTION_KEYS.decision && refs.decision.current) refs.decision.current.focus();
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [
    buttons,
    clinician,
    log,
    toggleDim,
    refs.fragment,
    refs.note,
    refs.vitals,
    refs.adverse,
    refs.environment,
    refs.touch,
    refs.dose,
    refs.prn,
    refs.decision,
  ]);

  if (!state) return <ConsoleLoading problem={model.problem} />;
  // Retired terms are no longer offered but still name the entries that used them.
  const labels = new Map([
    ...Object.entries(state.vocabulary ?? {}).flatMap(([c, list]) => list.map((t) => [`${c}:${t.code}`, t.label] as const)),
    ...buttons.map((b) => [`${b.category}:${b.code}`, b.label] as const),
  ]);
  const terms = (category: string, term: string) => labels.get(`${category}:${term}`) ?? term.replaceAll('_', ' ');
  const dosed = state.session.firstDoseAt !== null;
  const closed = state.session.status === 'discharged';
  const medicines = clinician && me && <MedicinesPad state={state} log={log} meId={me.id} doseRef={refs.dose} prnRef={refs.prn} />;

  return (
    <main className="console" id="main">
      <header className="console-header">
        <h1>
          Session console{state.glance.clientName ? ` · ${state.glance.clientName}` : ''}
          {closed && ' · discharged'}
        </h1>
        <SyncIndicator local={model.local} live={model.live} />
        <div className="console-header-actions">
          <button type="button" className="console-tap" aria-pressed={dim} aria-keyshortcuts="d" onClick={toggleDim}>
            Dim <Kbd k={ACTION_KEYS.dim} />
          </button>
          <button
            type="button"
            className="console-tap"
            aria-pressed={soundOn}
            onClick={() => {
              localStorage.setItem(SOUND_KEY, soundOn ? 'off' : 'on');
              setSoundOn(!soundOn);
            }}
          >
            Sound {soundOn ? 'on' : 'off'}
          </button>
          <Link to={`/clients/${state.session.clientId}`} className="console-link">
            Client chart
          </Link>
          <Link to={`/sessions/${state.session.id}/record`} className="console-link">
            Session record
          </Link>
        </div>
      </header>
      <AlertsPanel alerts={state.alerts} onAcknowledge={(id) => void model.acknowledge(id)} />
      <div className="console-grid">
        <div className="console-main">
          <ConsoleClock state={state} now={now} soundOn={soundOn} />
          {!dosed && !closed && (
            <>
              <BeforeDosingPanel state={state} log={log} meId={me?.id ?? null} decisionRef={refs.decision} />
              <VitalsForm log={log} firstRef={refs.vitals} purpose={state.baseline ? 'scheduled' : 'baseline'} />
              {medicines}
            </>
          )}
          {!closed && (
            <>
              <ObservationPad buttons={buttons} log={log} />
              {clinician && (
                <>
                  <InterventionPad log={log} touchKinds={touchKinds} environmentRef={refs.environment} touchRef={refs.touch} />
                  <FragmentBox log={log} inputRef={refs.fragment} />
                </>
              )}
              {dosed && <VitalsForm log={log} firstRef={refs.vitals} purpose="scheduled" />}
              {dosed && medicines}
              <AdverseEventForm log={log} firstRef={refs.adverse} />
              {clinician && <NoteBox log={log} inputRef={refs.note} />}
            </>
          )}
        </div>
        <aside className="console-side" aria-label="Session details">
          <GlancePanel state={state} />
          {dosed && (
            <DischargeSection
              state={state}
              log={log}
              clinician={clinician}
              prescriberId={me?.roles.includes('prescriber') ? me.id : null}
            />
          )}
          <Timeline
            entries={model.entries}
            local={model.local}
            terms={terms}
            meId={me?.id ?? null}
            now={now}
            log={log}
            vocabulary={state.vocabulary}
          />
        </aside>
      </div>
    </main>
  );
}

function ConsoleLoading({ problem }: { problem: ReturnType<typeof useSessionConsole>['problem'] }) {
  return (
    <main className="console console-loading" id="main">
      <h1>Session console</h1>
      {!problem && <p role="status">Opening the session…</p>}
      {problem?.kind === 'signed_out' && (
        <p>
          Please <Link to="/sign-in">sign in</Link> to open this session. Anything logged on this device is kept and sent after you sign in.
        </p>
      )}
      {problem?.kind === 'not_found' && <p>We could not find this session, or it is not one you are on the care team for.</p>}
      {problem?.kind === 'offline' && (
        <p>This device is offline and has not opened this session before. It opens once the network is back.</p>
      )}
      {problem?.kind === 'other' && <p>{problem.message}</p>}
    </main>
  );
}

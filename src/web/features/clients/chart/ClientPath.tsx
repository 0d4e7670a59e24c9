import { PATH_STEPS } from '../../../../domain/clients/phases';
import { usePracticeTime } from '../../../kernel/practice';
import { Glyph } from '../../../ui/Glyph';
import { StatusBadge } from '../../../ui/StatusBadge';
import type { Client } from '../client-types';

type Step = (typeof PATH_STEPS)[number];

const STEP_LABELS: Record<Step, string> = {
  enquiry: 'Enquiry',
  consultation: 'Consultation',
  preparation: 'Preparation',
  sessions: 'Sessions',
  integration: 'Integration',
  completed: 'Completed',
};

/** Where the path stands: while paused, the step they paused in. */
function currentStep(client: Client): Step {
  if (client.phase !== 'paused') return client.phase;
  const before = [...client.phaseHistory].reverse().find((change) => change.to === 'paused')?.from;
  return before && before !== 'paused' ? before : 'consultation';
}

export function ClientPath({ client, name }: { client: Client; name: string }) {
  const time = usePracticeTime();
  const current = currentStep(client);
  const at = PATH_STEPS.indexOf(current);
  const paused = client.phase === 'paused' ? [...client.phaseHistory].reverse().find((c) => c.to === 'paused') : undefined;
  const finished = client.phase === 'completed';
  return (
    <div className="path-wrap">
      <ol className="client-path" aria-label={`Where ${name} is on the path`}>
        {PATH_STEPS.map((step, index) => {
          const done = index < at || (finished && index === at);
          const here = index === at;
          const state = here ? 'path-step path-step-current' : done ? 'path-step path-step-done' : 'path-step';
          return (
            <li key={step} className={state} aria-current={here ? 'step' : undefined}>
              <span className="path-pill">
                <Glyph shape={done ? 'check' : here ? (paused ? 'dash' : 'dot') : 'ring'} className="path-glyph" />
                <span className="path-label">{STEP_LABELS[step]}</span>
                {done && !here && <span className="visually-hidden">, done</span>}
                {here && paused && <span className="path-note">paused here</span>}
              </span>
            </li>
          );
        })}
      </ol>
      {paused && (
        <p className="path-aside">
          <StatusBadge tone="warning" shape="dash" label="Paused" />
          <span>
            since <time dateTime={paused.changedAt}>{time.date(paused.changedAt)}</time>
            {paused.reason ? `: ${paused.reason}` : ''}
          </span>
        </p>
      )}
    </div>
  );
}

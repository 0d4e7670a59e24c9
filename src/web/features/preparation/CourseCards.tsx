import { type FormEvent, useState } from 'react';
import type { GroundingToolBody } from '../../../contracts/preparation.contracts';
import { GROUNDING_KINDS } from '../../../domain/preparation/vocabulary';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { Select } from '../../ui/Select';
import { Textarea } from '../../ui/Textarea';
import { TextField } from '../../ui/TextField';
import { IntentionItem } from './IntentionItem';
import { type PreparationOverview, useAddIntention, useAddTool, useCompletePreparation, useSaveCourse } from './preparation.api';
import { ToolEditor } from './ToolEditor';
import { Versioned } from './Versioned';

export function CourseCard({ clientId, data, canWrite }: { clientId: string; data: PreparationOverview; canWrite: boolean }) {
  const save = useSaveCourse(clientId);
  const complete = useCompletePreparation(clientId);
  const [count, setCount] = useState(String(data.course?.plannedSessionCount ?? 3));
  const course = data.course;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ plannedSessionCount: Number(count) });
  };
  return (
    <section className="card" aria-labelledby="course-heading">
      <h3 id="course-heading" className="card-title">
        Treatment course
      </h3>
      {course ? (
        <dl className="facts">
          <div>
            <dt>Status</dt>
            <dd>{course.statusLabel}</dd>
          </div>
          <div>
            <dt>Ketamine sessions</dt>
            <dd>
              {course.sessionsPlanned} planned of {course.plannedSessionCount}
            </dd>
          </div>
          <div>
            <dt>Preparation</dt>
            <dd>{course.preparationCompletedAt ? `Complete, marked by ${course.preparationCompletedByName}` : 'In progress'}</dd>
          </div>
        </dl>
      ) : (
        <p>No course is open yet.</p>
      )}
      {canWrite && (
        <form className="form form-inline" onSubmit={onSubmit} noValidate>
          <ErrorSummary error={save.error ?? complete.error} title="That did not go through" />
          <TextField
            name="plannedSessionCount"
            type="number"
            inputMode="numeric"
            min={1}
            max={20}
            label="Planned number of ketamine sessions"
            value={count}
            error={fieldErrorsOf(save.error).plannedSessionCount}
            onChange={(e) => setCount(e.currentTarget.value)}
          />
          <div className="form-actions">
            <Button type="submit" variant="secondary" busy={save.isPending} busyLabel="Saving…">
              {course ? 'Save course' : 'Open the course'}
            </Button>
            {course && !course.preparationCompletedAt && (
              <Button busy={complete.isPending} busyLabel="Marking…" onClick={() => complete.mutate(undefined)}>
                Mark preparation complete
              </Button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}

export function IntentionsCard({ clientId, data, canWrite }: { clientId: string; data: PreparationOverview; canWrite: boolean }) {
  const add = useAddIntention(clientId);
  const [text, setText] = useState('');
  const current = data.intentions.filter((i) => !i.retired);
  return (
    <section className="card" aria-labelledby="intentions-heading">
      <h3 id="intentions-heading" className="card-title">
        Goals and intentions
      </h3>
      {current.length === 0 ? (
        <p>None written yet. The client can add their own in the portal.</p>
      ) : (
        <ul className="prep-list">
          {current.map((i) => (
            <IntentionItem key={i.id} clientId={clientId} intention={i} canWrite={canWrite} />
          ))}
        </ul>
      )}
      {canWrite && (
        <form
          className="form form-compact"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate({ kind: 'intention', text }, { onSuccess: () => setText('') });
          }}
        >
          <ErrorSummary error={add.error} title="The intention was not added" />
          <Textarea
            name="text"
            id="field-intention-text"
            label="Add an intention"
            rows={2}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          <div className="form-actions">
            <Button type="submit" variant="secondary" busy={add.isPending} busyLabel="Adding…">
              Add intention
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

const blankTool = (): GroundingToolBody => ({ kind: 'breath', name: '', howToUse: '', whatHelps: '' });

export function ToolsCard({ clientId, data, canWrite }: { clientId: string; data: PreparationOverview; canWrite: boolean }) {
  const add = useAddTool(clientId);
  const [tool, setTool] = useState(blankTool);
  const errors = fieldErrorsOf(add.error);
  const tools = data.tools.filter((t) => !t.retired);
  return (
    <section className="card" aria-labelledby="tools-heading">
      <h3 id="tools-heading" className="card-title">
        Grounding toolkit
      </h3>
      {tools.length === 0 ? (
        <p>No tools yet.</p>
      ) : (
        <ul className="prep-list">
          {tools.map((t) => (
            <li key={t.id}>
              <p className="prep-list-text">
                <strong>{t.name}</strong> <span className="prep-kind">({t.kindLabel})</span>
              </p>
              {t.howToUse && <p>{t.howToUse}</p>}
              <Versioned current={t.current} empty="" />
              {canWrite && <ToolEditor clientId={clientId} tool={t} />}
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <form
          className="form form-compact"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate(tool, { onSuccess: () => setTool(blankTool()) });
          }}
        >
          <ErrorSummary error={add.error} title="The tool was not added" fields={{ name: 'Name' }} />
          <div className="field-row field-row-tight">
            <Select
              name="kind"
              id="field-tool-kind"
              label="Kind"
              options={GROUNDING_KINDS.map((k) => ({ value: k.code, label: k.label }))}
              value={tool.kind}
              onChange={(e) => setTool({ ...tool, kind: e.currentTarget.value as GroundingToolBody['kind'] })}
            />
            <TextField
              name="name"
              id="field-tool-name"
              label="Name"
              value={tool.name}
              error={errors.name}
              onChange={(e) => setTool({ ...tool, name: e.currentTarget.value })}
            />
          </div>
          <Textarea
            name="howToUse"
            id="field-tool-how"
            label="How to use it"
            optional
            rows={2}
            value={tool.howToUse}
            onChange={(e) => setTool({ ...tool, howToUse: e.currentTarget.value })}
          />
          <div className="form-actions">
            <Button type="submit" variant="secondary" busy={add.isPending} busyLabel="Adding…">
              Add tool
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import type { GroundingToolBody } from '../../../contracts/preparation.contracts';
import { GROUNDING_KINDS } from '../../../domain/preparation/vocabulary';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { LoadError, Loading } from '../../ui/LoadState';
import { Select } from '../../ui/Select';
import { Textarea } from '../../ui/Textarea';
import { TextField } from '../../ui/TextField';
import { PortalHeading, usePortalTitle } from '../portal';
import { PortalBack } from './PortalBack';
import { usePortalAddTool, usePortalTools } from './portal-prep.api';

const blank = (): GroundingToolBody => ({ kind: 'breath', name: '', howToUse: '', whatHelps: '' });

function AddTool() {
  const add = usePortalAddTool();
  const [tool, setTool] = useState(blank);
  const errors = fieldErrorsOf(add.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(tool, { onSuccess: () => setTool(blank()) });
  };
  return (
    <form className="portal-section portal-form" onSubmit={onSubmit} noValidate aria-labelledby="add-tool-heading">
      <h2 id="add-tool-heading" className="portal-section-title">
        Add a tool that helps you
      </h2>
      <ErrorSummary error={add.error} title="Not added yet" fields={{ name: 'Name' }} />
      <Select
        name="kind"
        label="Kind"
        options={GROUNDING_KINDS.map((k) => ({ value: k.code, label: k.label }))}
        value={tool.kind}
        onChange={(e) => setTool({ ...tool, kind: e.currentTarget.value as GroundingToolBody['kind'] })}
      />
      <TextField
        name="name"
        label="Name"
        hint="For example “Feet on the floor”."
        value={tool.name}
        error={errors.name}
        onChange={(e) => setTool({ ...tool, name: e.currentTarget.value })}
      />
      <Textarea
        name="howToUse"
        label="How you use it"
        optional
        rows={3}
        value={tool.howToUse}
        onChange={(e) => setTool({ ...tool, howToUse: e.currentTarget.value })}
      />
      <Textarea
        name="whatHelps"
        label="What helps about it"
        optional
        rows={2}
        value={tool.whatHelps}
        onChange={(e) => setTool({ ...tool, whatHelps: e.currentTarget.value })}
      />
      <button type="submit" className="portal-button portal-button-primary" disabled={add.isPending}>
        {add.isPending ? 'Adding…' : 'Add to my toolkit'}
      </button>
      <p role="status" className="portal-done">
        {add.isSuccess ? 'Added to your toolkit.' : ''}
      </p>
    </form>
  );
}

export function PortalToolkitPage() {
  usePortalTitle('Grounding toolkit');
  const tools = usePortalTools();
  const list = tools.data?.tools.filter((t) => !t.retired) ?? [];
  return (
    <>
      <PortalBack />
      <PortalHeading>Your grounding toolkit</PortalHeading>
      <p className="portal-lead">Practices that help you feel steady. Try them now and then, so they are easy to reach for on the day.</p>
      <p>
        <Link to="/portal/breathing" className="portal-button portal-button-secondary">
          Practise paced breathing
        </Link>
      </p>
      {tools.isPending && <Loading label="Loading your toolkit…" />}
      {tools.isError && <LoadError error={tools.error} onRetry={() => tools.refetch()} />}
      {tools.data && (
        <section className="portal-section" aria-labelledby="tools-heading">
          <h2 id="tools-heading" className="portal-section-title">
            Your tools
          </h2>
          {list.length === 0 ? (
            <p>Nothing here yet. You and your therapist can add tools as you find them.</p>
          ) : (
            <ul className="portal-tools">
              {list.map((t) => (
                <li key={t.id}>
                  <h3 className="portal-tool-name">{t.name}</h3>
                  <p className="portal-card-meta">{t.kindLabel}</p>
                  {t.howToUse && <p>{t.howToUse}</p>}
                  {t.whatHelps && <p>What helps: {t.whatHelps}</p>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <AddTool />
    </>
  );
}

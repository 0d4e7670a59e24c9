import { useState } from 'react';
import type { GroundingToolView } from '../../../contracts/preparation.contracts';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { Textarea } from '../../ui/Textarea';
import { TextField } from '../../ui/TextField';
import { useReviseTool } from './preparation.api';

/** Revising a tool keeps its earlier versions; setting it aside keeps it in the history too. */
export function ToolEditor({ clientId, tool }: { clientId: string; tool: GroundingToolView }) {
  const revise = useReviseTool(clientId);
  const [form, setForm] = useState<{ name: string; howToUse: string; whatHelps: string } | null>(null);
  if (!form) {
    return (
      <Button small variant="quiet" onClick={() => setForm({ name: tool.name, howToUse: tool.howToUse, whatHelps: tool.whatHelps })}>
        Revise <span className="visually-hidden">{tool.name}</span>
      </Button>
    );
  }
  const send = (retired: boolean) => revise.mutate({ id: tool.id, kind: tool.kind, retired, ...form }, { onSuccess: () => setForm(null) });
  return (
    <div className="form form-compact">
      <ErrorSummary error={revise.error} title="The tool was not saved" />
      <TextField
        name="name"
        id={`tool-${tool.id}-name`}
        label="Name"
        value={form.name}
        error={fieldErrorsOf(revise.error).name}
        onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
      />
      <Textarea
        name="howToUse"
        id={`tool-${tool.id}-how`}
        label="How to use it"
        optional
        rows={2}
        value={form.howToUse}
        onChange={(e) => setForm({ ...form, howToUse: e.currentTarget.value })}
      />
      <Textarea
        name="whatHelps"
        id={`tool-${tool.id}-helps`}
        label="What helps"
        optional
        rows={2}
        value={form.whatHelps}
        onChange={(e) => setForm({ ...form, whatHelps: e.currentTarget.value })}
      />
      <div className="form-actions">
        <Button small busy={revise.isPending} busyLabel="Saving…" onClick={() => send(false)}>
          Save a new version
        </Button>
        <Button small variant="quiet" onClick={() => send(true)}>
          Set aside
        </Button>
        <Button small variant="quiet" onClick={() => setForm(null)}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { ConsentDocumentView } from '../../../contracts/consent.contracts';
import { api } from '../../api/client';
import { usePractice } from '../../kernel/practice';
import { formatDate } from '../../kernel/time';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { LoadError, Loading } from '../../ui/LoadState';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { StatusBadge } from '../../ui/StatusBadge';
import { Textarea } from '../../ui/Textarea';
import { TextField } from '../../ui/TextField';
import { prepKeys, useConsentDocuments } from '../preparation';

type Draft = { key: string; title: string; bodyMarkdown: string; required: boolean };
const LABELS = { key: 'Short name', title: 'Title', bodyMarkdown: 'Text (Markdown)', required: 'Required' };

function useSaveDocument(documentId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, ...body }: Draft) =>
      documentId
        ? api.post<{ reconsentRequested: number }>(`/consent-documents/${encodeURIComponent(documentId)}/versions`, body)
        : api.post<{ reconsentRequested?: number }>('/consent-documents', { key, ...body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: prepKeys.documents }),
  });
}

/** A new document, or a new version of one: publishing a version asks everyone on a current course to sign again. */
function DocumentForm({ document, onDone }: { document: ConsentDocumentView | null; onDone: (asked?: number) => void }) {
  const save = useSaveDocument(document?.id ?? null);
  const [draft, setDraft] = useState<Draft>({
    key: document?.key ?? '',
    title: document?.current.title ?? '',
    bodyMarkdown: document?.current.bodyMarkdown ?? '',
    required: document?.current.required ?? true,
  });
  const errors = fieldErrorsOf(save.error);
  const prefix = document ? `doc-${document.id}` : 'new-doc';
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(draft, { onSuccess: (result) => onDone(result.reconsentRequested) });
  };
  return (
    <form
      className="form form-compact consent-doc-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={document ? `New version of ${document.current.title}` : 'New consent document'}
    >
      <ErrorSummary error={save.error} title="Not published" fields={LABELS} />
      {!document && (
        <TextField
          name="key"
          label={LABELS.key}
          hint="Lower-case letters, digits and underscores, like kap_informed_consent."
          value={draft.key}
          error={errors.key}
          onChange={(e) => setDraft({ ...draft, key: e.currentTarget.value })}
        />
      )}
      <TextField
        name="title"
        id={`${prefix}-title`}
        label={LABELS.title}
        value={draft.title}
        error={errors.title}
        onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
      />
      <Textarea
        name="bodyMarkdown"
        id={`${prefix}-body`}
        label={LABELS.bodyMarkdown}
        rows={14}
        value={draft.bodyMarkdown}
        error={errors.bodyMarkdown}
        onChange={(e) => setDraft({ ...draft, bodyMarkdown: e.currentTarget.value })}
      />
      <Checkbox
        id={`${prefix}-required`}
        label="Required before a ketamine session"
        checked={draft.required}
        onChange={(e) => setDraft({ ...draft, required: e.currentTarget.checked })}
      />
      {document && <p className="field-hint">Publishing asks every client on a current course to read and sign this new version.</p>}
      <div className="form-actions">
        <Button type="submit" busy={save.isPending} busyLabel="Publishing…">
          {document ? `Publish version ${document.current.version + 1}` : 'Publish'}
        </Button>
        <Button variant="quiet" onClick={() => onDone()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function DocumentCard({ document }: { document: ConsentDocumentView }) {
  const timeZone = usePractice().data?.timeZone;
  const [editing, setEditing] = useState(false);
  const [asked, setAsked] = useState<number | null>(null);
  const c = document.current;
  const done = (count?: number) => {
    setEditing(false);
    if (count !== undefined) setAsked(count);
  };
  return (
    <section className="card" aria-labelledby={`doc-${document.id}-heading`}>
      <h2 id={`doc-${document.id}-heading`} className="card-title">
        {c.title}
      </h2>
      <p className="record-meta">
        Version {c.version}, published {formatDate(c.publishedAt, timeZone)}
        {c.publishedByName ? ` by ${c.publishedByName}` : ' with Holdspace'}
      </p>
      <p>
        <StatusBadge label={c.required ? 'Required' : 'Optional'} tone={c.required ? 'accent' : 'neutral'} />{' '}
        {c.isTemplate && <StatusBadge label="Template: review with your counsel" tone="warning" shape="alert" />}
      </p>
      {document.versions.length > 1 && (
        <p className="record-meta">
          Earlier versions:{' '}
          {document.versions
            .filter((v) => v.id !== c.id)
            .map((v) => `${v.version} (${formatDate(v.publishedAt, timeZone)})`)
            .join(', ')}
        </p>
      )}
      {asked !== null && (
        <Notice tone="success" title={`Version ${c.version} published`} headingLevel={3} live>
          <p>{asked === 1 ? '1 client on a current course is' : `${asked} clients on a current course are`} asked to read and sign it.</p>
        </Notice>
      )}
      {editing ? (
        <DocumentForm document={document} onDone={done} />
      ) : (
        <Button variant="secondary" onClick={() => setEditing(true)}>
          Write a new version
        </Button>
      )}
    </section>
  );
}

export function ConsentDocumentsPage() {
  const documents = useConsentDocuments();
  const [adding, setAdding] = useState(false);
  return (
    <>
      <PageHeader
        title="Consent documents"
        lead="What clients read and sign in the portal. The defaults are templates: review them with the practice’s own counsel before use."
      />
      {documents.isPending && <Loading />}
      {documents.isError && <LoadError error={documents.error} onRetry={() => documents.refetch()} />}
      {documents.data && (
        <div className="stack-cards">
          {documents.data.documents.map((d) => (
            <DocumentCard key={d.id} document={d} />
          ))}
          <section className="card" aria-labelledby="new-doc-heading">
            <h2 id="new-doc-heading" className="card-title">
              Add a consent document
            </h2>
            {adding ? (
              <DocumentForm document={null} onDone={() => setAdding(false)} />
            ) : (
              <>
                <Notice tone="info">
                  <p>A new required document asks every client on a current course to sign it.</p>
                </Notice>
                <Button variant="secondary" onClick={() => setAdding(true)}>
                  New consent document
                </Button>
              </>
            )}
          </section>
        </div>
      )}
    </>
  );
}

import { type FormEvent, useState } from 'react';
import type { PublicPage } from '../../api/types';
import { usePracticeTime } from '../../kernel/practice';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { Notice } from '../../ui/Notice';
import { Tabs } from '../../ui/Tabs';
import { Textarea } from '../../ui/Textarea';
import { TextField } from '../../ui/TextField';
import { MarkdownPreview } from './MarkdownPreview';
import { useSavePage } from './public-pages.api';

const FIELDS = { title: 'Title', description: 'Short description', body: 'Page text' };
type View = 'write' | 'preview';

const MARKDOWN_HINT =
  'Markdown: a blank line between paragraphs, ## for a heading, - for a list, [words](/begin) for a link. {{practiceName}} and {{therapistName}} are filled in from the practice settings.';

export function PageEditorForm({ page }: { page: PublicPage }) {
  const time = usePracticeTime();
  const save = useSavePage(page.slug);
  const [form, setForm] = useState({ title: page.title, description: page.description, body: page.body });
  const [view, setView] = useState<View>('write');
  const errors = fieldErrorsOf(save.error);
  const set = (key: keyof typeof form) => (event: { currentTarget: { value: string } }) => {
    setForm({ ...form, [key]: event.currentTarget.value });
    save.reset();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ ...form, reviewed: true }, { onError: () => setView('write') });
  };

  return (
    <form className="form form-page form-wide" onSubmit={onSubmit} noValidate>
      <ErrorSummary error={save.error} title="The page was not saved" fields={FIELDS} />
      <TextField
        name="title"
        label={FIELDS.title}
        hint="The page’s main heading and its name in search results."
        value={form.title}
        error={errors.title}
        onChange={set('title')}
      />
      <TextField
        name="description"
        label={FIELDS.description}
        hint="One sentence for search engines and link previews, at most 160 characters."
        maxLength={160}
        value={form.description}
        error={errors.description}
        onChange={set('description')}
      />
      <Tabs
        label="Page text"
        idPrefix="page-body"
        tabs={[
          { id: 'write', label: 'Write' },
          { id: 'preview', label: 'Preview' },
        ]}
        selected={view}
        onSelect={setView}
      >
        {view === 'write' ? (
          <Textarea
            name="body"
            label={FIELDS.body}
            hint={MARKDOWN_HINT}
            className="textarea-code"
            rows={22}
            spellCheck
            value={form.body}
            error={errors.body}
            onChange={set('body')}
          />
        ) : (
          <MarkdownPreview title={form.title} body={form.body} />
        )}
      </Tabs>
      <div className="form-actions">
        <Button type="submit" busy={save.isPending} busyLabel="Saving…">
          Save and mark reviewed
        </Button>
        <div role="status" className="form-done">
          {save.isSuccess && (
            <Notice tone="success" headingLevel={3}>
              <p>
                Saved and marked reviewed{save.data.reviewedAt ? ` on ${time.date(save.data.reviewedAt)}` : ''}. Visitors see the new text
                now.
              </p>
            </Notice>
          )}
        </div>
      </div>
    </form>
  );
}

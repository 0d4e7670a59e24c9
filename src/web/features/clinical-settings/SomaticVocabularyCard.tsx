import { type FormEvent, useState } from 'react';
import { SOMATIC_CATEGORIES, SOMATIC_CATEGORY_LABELS, type SomaticCategory, type SomaticVocabulary } from '../../../domain/session/index';
import { useUser } from '../../kernel/session';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { LoadError, Loading } from '../../ui/LoadState';
import { Notice } from '../../ui/Notice';
import { type SomaticVocabularySettings, useSaveSomaticVocabulary, useSomaticVocabulary } from './vocabulary.api';
import { addTerm, removeUnsaved, updateTerm } from './vocabulary-edit';
import './vocabulary.css';

/**
 * The practice's words for what is noticed in the body during a session: one button each in the console.
 * Terms are renamed, added and retired here, never deleted, so an entry logged with one still reads.
 */
export function SomaticVocabularyCard() {
  const user = useUser();
  const settings = useSomaticVocabulary();
  const editable = user.abilities.changeSomaticVocabulary === true;
  // Kept above the form: a save gives the form a new key (it starts again from what was saved), and the notice stays.
  const save = useSaveSomaticVocabulary();
  return (
    <section className="card vocabulary-card" aria-labelledby="vocabulary-heading">
      <h2 id="vocabulary-heading" className="card-title">
        Somatic vocabulary for the session console
      </h2>
      <p className="vocabulary-lead">
        The terms offered for breath, posture, energy and movement, one tap each. A session uses the vocabulary as it stood when it opened.
        {editable
          ? ' Retire a term to stop offering it; entries that used it keep reading as they were.'
          : ' Therapists, prescribers and admins can change it.'}
      </p>
      {settings.isPending && <Loading label="Loading the vocabulary…" />}
      {settings.isError && <LoadError error={settings.error} onRetry={() => settings.refetch()} />}
      {settings.data && editable && <VocabularyForm key={settings.data.savedAt ?? 'default'} settings={settings.data} save={save} />}
      {settings.data && !editable && <VocabularyList vocabulary={settings.data.vocabulary} />}
    </section>
  );
}

function VocabularyList({ vocabulary }: { vocabulary: SomaticVocabulary }) {
  return (
    <dl className="facts facts-wide">
      {SOMATIC_CATEGORIES.map((c) => (
        <div key={c}>
          <dt>{SOMATIC_CATEGORY_LABELS[c]}</dt>
          <dd>
            {vocabulary[c]
              .filter((t) => !t.retired)
              .map((t) => t.label)
              .join(', ')}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function VocabularyForm({ settings, save }: { settings: SomaticVocabularySettings; save: ReturnType<typeof useSaveSomaticVocabulary> }) {
  const [vocabulary, setVocabulary] = useState<SomaticVocabulary>(settings.vocabulary);
  const [adding, setAdding] = useState<Record<SomaticCategory, string>>({ breath: '', posture: '', energy: '', movement: '' });
  const errors = fieldErrorsOf(save.error);
  const change = (next: SomaticVocabulary) => {
    setVocabulary(next);
    if (save.isSuccess) save.reset();
  };
  const add = (category: SomaticCategory) => {
    change(addTerm(vocabulary, category, adding[category]));
    setAdding({ ...adding, [category]: '' });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(vocabulary);
  };
  const labels = Object.fromEntries(
    SOMATIC_CATEGORIES.flatMap((c) => [
      [`vocabulary.${c}`, SOMATIC_CATEGORY_LABELS[c]],
      ...vocabulary[c].map((t, i) => [`vocabulary.${c}.${i}.label`, `${SOMATIC_CATEGORY_LABELS[c]} · ${t.label || 'new term'}`]),
    ]),
  );
  return (
    <form className="form form-wide vocabulary-form" onSubmit={onSubmit} noValidate>
      <ErrorSummary error={save.error} title="The vocabulary was not saved" fields={labels} />
      {SOMATIC_CATEGORIES.map((category) => (
        <fieldset key={category} className="form-section vocabulary-group" id={`field-vocabulary.${category}`}>
          <legend className="form-section-title">{SOMATIC_CATEGORY_LABELS[category]}</legend>
          {errors[`vocabulary.${category}`] && <p className="field-error">{errors[`vocabulary.${category}`]}</p>}
          <ul className="vocabulary-terms">
            {vocabulary[category].map((term, index) => {
              const name = `vocabulary.${category}.${index}.label`;
              const saved = settings.vocabulary[category].some((t) => t.code === term.code);
              const error = errors[name];
              return (
                <li key={term.code} className={term.retired ? 'vocabulary-term vocabulary-retired' : 'vocabulary-term'}>
                  <label htmlFor={`field-${name}`} className="visually-hidden">
                    {SOMATIC_CATEGORY_LABELS[category]} term {index + 1}
                  </label>
                  <input
                    id={`field-${name}`}
                    className="input"
                    value={term.label}
                    maxLength={40}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `field-${name}-error` : undefined}
                    onChange={(e) => change(updateTerm(vocabulary, category, index, { label: e.target.value }))}
                  />
                  <span className="vocabulary-state">{term.retired ? 'Retired' : saved ? 'In use' : 'New'}</span>
                  {saved ? (
                    <Button
                      variant="quiet"
                      small
                      aria-label={`${term.retired ? 'Offer again' : 'Retire'} ${term.label}`}
                      onClick={() => change(updateTerm(vocabulary, category, index, { retired: !term.retired }))}
                    >
                      {term.retired ? 'Offer again' : 'Retire'}
                    </Button>
                  ) : (
                    <Button
                      variant="quiet"
                      small
                      aria-label={`Take out ${term.label || 'the new term'}`}
                      onClick={() => change(removeUnsaved(vocabulary, settings.vocabulary, category, index))}
                    >
                      Take out
                    </Button>
                  )}
                  {error && (
                    <p className="field-error" id={`field-${name}-error`}>
                      {error}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
          <div className="vocabulary-add">
            <label htmlFor={`add-${category}`}>New {SOMATIC_CATEGORY_LABELS[category].toLowerCase()} term</label>
            <input
              id={`add-${category}`}
              className="input"
              value={adding[category]}
              maxLength={40}
              onChange={(e) => setAdding({ ...adding, [category]: e.target.value })}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add(category);
                }
              }}
            />
            <Button variant="secondary" small onClick={() => add(category)} disabled={adding[category].trim() === ''}>
              Add
            </Button>
          </div>
        </fieldset>
      ))}
      {save.isSuccess && (
        <Notice tone="success" title="Vocabulary saved" headingLevel={3} live>
          <p>Sessions opened from now on offer these terms.</p>
        </Notice>
      )}
      <div className="form-actions">
        <Button type="submit" busy={save.isPending} busyLabel="Saving…">
          Save vocabulary
        </Button>
      </div>
    </form>
  );
}

import { type FormEvent, useState } from 'react';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import type { InstrumentId } from './measure-types';
import { useInstruments } from './measures.api';

/** Starts entering a questionnaire with the client in the room. */
export function EnterCard({ onStart }: { onStart: (id: InstrumentId) => void }) {
  const instruments = useInstruments();
  const [instrumentId, setInstrumentId] = useState<InstrumentId>('PHQ-9');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onStart(instrumentId);
  };
  return (
    <section className="card" aria-labelledby="enter-card-heading">
      <h3 id="enter-card-heading" className="card-title">
        With the client in session
      </h3>
      <p className="muted small">Read the questions together and record their answers. Scored and locked like any other response.</p>
      <form className="form form-compact" onSubmit={onSubmit} noValidate aria-labelledby="enter-card-heading">
        <Select
          name="enter-instrument"
          label="Questionnaire"
          options={(instruments.data?.instruments ?? []).map((i) => ({ value: i.id, label: i.title }))}
          value={instrumentId}
          onChange={(event) => setInstrumentId(event.currentTarget.value as InstrumentId)}
        />
        <Button type="submit" variant="secondary">
          Enter with the client
        </Button>
      </form>
    </section>
  );
}

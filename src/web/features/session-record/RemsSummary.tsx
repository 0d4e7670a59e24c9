import { CONCOMITANT_CLASSES, REMS_TEMPLATES } from '../../../domain/session/index';
import { RecordBlock } from './RecordSections';
import { clock } from './record-format';
import type { SessionRecord } from './session-record.api';

type Rems = NonNullable<SessionRecord['rems']>;
const ANSWER = { yes: 'Yes', no: 'No', not_recorded: 'Not recorded' } as const;
const bp = (v: { systolic: number; diastolic: number } | null) => (v ? `${v.systolic}/${v.diastolic} mmHg` : 'Not recorded');

/** One value per field of the form, in the template's order and words. */
function fieldValue(key: string, r: Rems, timeZone: string): string {
  switch (key) {
    case 'sessionDate':
      return r.sessionDate;
    case 'doseMg':
      return `${r.doseMg} mg`;
    case 'lots':
      return r.lots.length ? r.lots.join(', ') : 'Not recorded';
    case 'firstDeviceAt':
      return clock(r.firstDeviceAt, timeZone);
    case 'totalMinutesMonitored':
      return `${r.totalMinutesMonitored} minutes`;
    case 'bpBeforeDosing':
      return bp(r.bpBeforeDosing);
    case 'bpAtAbout40Minutes':
      return r.bpAtAbout40Minutes
        ? `${bp(r.bpAtAbout40Minutes)} at ${r.bpAtAbout40Minutes.minutesAfterFirstDevice} minutes`
        : 'Not recorded';
    case 'bpBeforeDischarge':
      return bp(r.bpBeforeDischarge);
    case 'vitalsAcceptableBeforeDosing':
      return `${ANSWER[r.vitalsAcceptableBeforeDosing.answer]} — ${r.vitalsAcceptableBeforeDosing.detail}`;
    case 'vitalsAcceptableBeforeDischarge':
      return `${ANSWER[r.vitalsAcceptableBeforeDischarge.answer]} — ${r.vitalsAcceptableBeforeDischarge.detail}`;
    case 'minutesUntilReadyWithoutMinimum':
      return r.minutesUntilReadyWithoutMinimum === null ? 'Not recorded' : `${r.minutesUntilReadyWithoutMinimum} minutes`;
    case 'sedation':
      return `${ANSWER[r.sedation.answer]}${r.sedation.lowestMoaas !== null ? ` (lowest MOAA/S ${r.sedation.lowestMoaas})` : ''}`;
    case 'dissociation': {
      const scores = r.dissociation.clinicianScores.map((s) => `${s.instrumentName} ${s.score}`).join(', ');
      return `${ANSWER[r.dissociation.answer]}${scores ? ` (${scores})` : ''}`;
    }
    case 'respiratoryDepression':
      return `${ANSWER[r.respiratoryDepression.answer]} — ${r.respiratoryDepression.detail}`;
    case 'seriousAdverseEvents': {
      const events = r.seriousAdverseEvents.events.map((e) => e.description || e.kind).join('; ');
      return `${ANSWER[r.seriousAdverseEvents.answer]}${events ? ` — ${events}` : ''}`;
    }
    case 'concomitantMedicines':
      return CONCOMITANT_CLASSES.map((c) => `${c.label}: ${ANSWER[r.concomitantMedicines[c.code] ?? 'not_recorded']}`).join('; ');
    default:
      return 'Not recorded';
  }
}

/**
 * The Spravato REMS patient monitoring form's fields, filled from the session so a practice can copy them
 * across. Holdspace does not submit the form; the practice does, on the REMS's own site.
 */
export function RemsSummary({ rems, timeZone }: { rems: Rems; timeZone: string }) {
  const template = REMS_TEMPLATES[rems.templateVersion as keyof typeof REMS_TEMPLATES] ?? REMS_TEMPLATES['1'];
  return (
    <RecordBlock id="record-rems" title="Spravato REMS monitoring summary">
      <p className="record-muted">
        The fields of the REMS patient monitoring form (template {rems.templateId}, version {rems.templateVersion}), filled from this
        session to copy across. Check each against the form the REMS publishes now.
      </p>
      <dl className="record-facts record-rems">
        {template.fields.map((f) => (
          <div key={f.key} data-missing={rems.notRecorded.includes(f.key as never) || undefined}>
            <dt>{f.label}</dt>
            <dd>{fieldValue(f.key, rems, timeZone)}</dd>
          </div>
        ))}
      </dl>
    </RecordBlock>
  );
}

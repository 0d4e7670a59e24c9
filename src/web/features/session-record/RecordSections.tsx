import type { ReactNode } from 'react';
import { moaasDescription } from '../../../domain/session/index';
import { Table } from '../../ui/Table';
import { clock, sinceDose, words } from './record-format';
import type { SessionRecord } from './session-record.api';
import { VitalsChart } from './VitalsChart';

type Props = { record: SessionRecord };
const tz = (r: SessionRecord) => r.session.timeZone;

export function RecordBlock({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="record-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

const None = ({ what }: { what: string }) => <p className="record-muted">{what}</p>;

export function VitalsSection({ record }: Props) {
  const v = record.vitals;
  return (
    <RecordBlock id="record-vitals" title="Vitals">
      <VitalsChart vitals={v} />
      {v.length === 0 ? (
        <None what="No vitals were recorded." />
      ) : (
        <Table
          caption="Vitals by time"
          hideCaption
          head={
            <tr>
              <th scope="col">Time</th>
              <th scope="col">After dose</th>
              <th scope="col">Check</th>
              <th scope="col">Blood pressure</th>
              <th scope="col">Heart rate</th>
              <th scope="col">SpO2</th>
              <th scope="col">Resp. rate</th>
              <th scope="col">MOAA/S</th>
              <th scope="col">By</th>
            </tr>
          }
        >
          {v.map((r) => (
            <tr key={r.id}>
              <td>{clock(r.at, tz(record))}</td>
              <td>{sinceDose(r.minutesAfterFirstDose)}</td>
              <td>{words.purpose(r.purpose)}</td>
              <td>
                {r.systolic}/{r.diastolic}
              </td>
              <td>{r.heartRate}</td>
              <td>{r.spo2}%</td>
              <td>{r.respiratoryRate ?? '—'}</td>
              <td>{r.sedation ?? '—'}</td>
              <td>{r.by.name}</td>
            </tr>
          ))}
        </Table>
      )}
    </RecordBlock>
  );
}

export function DosesSection({ record }: Props) {
  return (
    <RecordBlock id="record-doses" title="Doses and medicines given">
      {record.doses.length === 0 ? (
        <None what="No medicine was recorded." />
      ) : (
        <Table
          caption="Doses and as-needed medicines"
          hideCaption
          head={
            <tr>
              <th scope="col">Given at</th>
              <th scope="col">Medicine</th>
              <th scope="col">Amount</th>
              <th scope="col">Route</th>
              <th scope="col">Given by</th>
              <th scope="col">Ordered by</th>
              <th scope="col">Lot</th>
              <th scope="col">Reason</th>
            </tr>
          }
        >
          {record.doses.map((d) => (
            <tr key={d.id}>
              <td>{clock(d.administeredAt, tz(record))}</td>
              <td>
                {words.medicine(d.medicine)}
                {d.kind === 'prn' ? ' (as needed)' : ''}
              </td>
              <td>{d.amount}</td>
              <td>{words.route(d.route)}</td>
              <td>{d.administeredBy.name}</td>
              <td>{d.orderedBy.name}</td>
              <td>{d.lot || '—'}</td>
              <td>{d.reason || '—'}</td>
            </tr>
          ))}
        </Table>
      )}
    </RecordBlock>
  );
}

export function SedationSection({ record }: Props) {
  const rated = record.vitals.filter((v) => v.sedation !== null);
  return (
    <RecordBlock id="record-sedation" title="Sedation ratings">
      {rated.length === 0 && record.clinicianScores.length === 0 && <None what="No sedation rating was recorded." />}
      {rated.length > 0 && (
        <Table
          caption="MOAA/S at each vitals check (observer-rated, 0–5)"
          head={
            <tr>
              <th scope="col">Time</th>
              <th scope="col">After dose</th>
              <th scope="col">MOAA/S</th>
              <th scope="col">What the observer saw</th>
              <th scope="col">By</th>
            </tr>
          }
        >
          {rated.map((v) => (
            <tr key={v.id}>
              <td>{clock(v.at, tz(record))}</td>
              <td>{sinceDose(v.minutesAfterFirstDose)}</td>
              <td>{v.sedation}</td>
              <td>{moaasDescription(v.sedation as 0 | 1 | 2 | 3 | 4 | 5)}</td>
              <td>{v.by.name}</td>
            </tr>
          ))}
        </Table>
      )}
      {record.clinicianScores.length > 0 && (
        <Table
          caption="Clinician-entered scores (licensed scales)"
          head={
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Instrument</th>
              <th scope="col">Score</th>
              <th scope="col">Note</th>
              <th scope="col">By</th>
            </tr>
          }
        >
          {record.clinicianScores.map((s) => (
            <tr key={s.id}>
              <td>{clock(s.at, tz(record))}</td>
              <td>{s.instrumentName}</td>
              <td>{s.score}</td>
              <td>{s.note || '—'}</td>
              <td>{s.by.name}</td>
            </tr>
          ))}
        </Table>
      )}
    </RecordBlock>
  );
}

/** Observations, interventions, fragments and notes: what happened in the room, in time order. */
export function InTheRoomSection({ record }: Props) {
  const rows = [
    ...record.observations.map((o) => ({
      id: o.id,
      at: o.at,
      what: `Observation · ${words.category(o.category)}`,
      detail: [o.label, o.note].filter(Boolean).join(' — '),
      by: o.by.name,
    })),
    ...record.interventions.map((i) => ({
      id: i.id,
      at: i.at,
      what: i.type === 'environment' ? `Environment · ${words.environment(i.detail)}` : words.intervention(i.type),
      detail: [i.type === 'supportive_touch' ? i.detail.replaceAll('_', ' ') : '', i.note].filter(Boolean).join(' — '),
      by: i.by.name,
    })),
    ...record.notes.map((n) => ({ id: n.id, at: n.at, what: 'Note', detail: n.text, by: n.by.name })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <>
      <RecordBlock id="record-room" title="Observations and interventions">
        {rows.length === 0 ? (
          <None what="No observations or interventions were logged." />
        ) : (
          <Table
            caption="Observations, interventions and notes by time"
            hideCaption
            head={
              <tr>
                <th scope="col">Time</th>
                <th scope="col">What</th>
                <th scope="col">Detail</th>
                <th scope="col">By</th>
              </tr>
            }
          >
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{clock(r.at, tz(record))}</td>
                <td>{r.what}</td>
                <td>{r.detail || '—'}</td>
                <td>{r.by}</td>
              </tr>
            ))}
          </Table>
        )}
      </RecordBlock>
      <RecordBlock id="record-fragments" title="Fragments">
        {record.fragments.length === 0 ? (
          <None what="No fragments were noted." />
        ) : (
          <ul className="record-fragments">
            {record.fragments.map((f) => (
              <li key={f.id}>
                <span className="record-fragment-meta">
                  {clock(f.at, tz(record))} · {words.fragment(f.fragmentKind)}
                </span>
                <blockquote>{f.words}</blockquote>
              </li>
            ))}
          </ul>
        )}
      </RecordBlock>
    </>
  );
}

export function AdverseEventsSection({ record }: Props) {
  return (
    <RecordBlock id="record-adverse" title="Adverse events">
      {record.adverseEvents.length === 0 ? (
        <None what="No adverse events were recorded." />
      ) : (
        <Table
          caption="Adverse events"
          hideCaption
          head={
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Event</th>
              <th scope="col">Severity</th>
              <th scope="col">Action taken</th>
              <th scope="col">Outcome</th>
              <th scope="col">By</th>
            </tr>
          }
        >
          {record.adverseEvents.map((e) => (
            <tr key={e.id}>
              <td>{clock(e.at, tz(record))}</td>
              <td>
                {words.adverse(e.eventKind)}
                {e.otherDescription ? `: ${e.otherDescription}` : ''}
              </td>
              <td>
                {words.severity(e.severity)}
                {e.serious ? ' · serious' : ''}
              </td>
              <td>{e.actionTaken || '—'}</td>
              <td>{words.outcome(e.outcome)}</td>
              <td>{e.by.name}</td>
            </tr>
          ))}
        </Table>
      )}
    </RecordBlock>
  );
}

const RECHECK: Record<string, string> = {
  waiting: 'recheck waiting',
  due: 'recheck due',
  overdue: 'recheck overdue',
  confirmed: 'confirmed on recheck',
  not_confirmed: 'not confirmed on recheck',
};

export function AlertsSection({ record }: Props) {
  return (
    <RecordBlock id="record-alerts" title="Alerts">
      {record.alerts.length === 0 ? (
        <None what="No alerts were raised." />
      ) : (
        <Table
          caption="Alerts and who acknowledged them"
          hideCaption
          head={
            <tr>
              <th scope="col">Raised</th>
              <th scope="col">Alert</th>
              <th scope="col">Recheck</th>
              <th scope="col">Acknowledged</th>
            </tr>
          }
        >
          {record.alerts.map((a) => (
            <tr key={a.id}>
              <td>{clock(a.raisedAt, tz(record))}</td>
              <td>{a.message}</td>
              <td>{a.recheck ? RECHECK[a.recheck] : '—'}</td>
              <td>
                {a.acknowledged
                  ? `${a.acknowledged.by.name} at ${clock(a.acknowledged.at, tz(record))}${a.acknowledged.note ? ` — ${a.acknowledged.note}` : ''}`
                  : 'Not acknowledged'}
              </td>
            </tr>
          ))}
        </Table>
      )}
    </RecordBlock>
  );
}

export function DischargeSectionRecord({ record }: Props) {
  const d = record.discharge;
  return (
    <RecordBlock id="record-discharge" title="Discharge">
      <ul className="record-checklist">
        {d.items.map((i) => (
          <li key={i.code}>
            <span aria-hidden="true">{i.holds ? '✓' : '○'} </span>
            <strong>{i.label}</strong>: {i.holds ? 'held' : 'did not hold'} — {i.detail}
          </li>
        ))}
      </ul>
      <dl className="record-facts">
        <dt>Clinically ready to leave at</dt>
        <dd>
          {d.clinicallyReadyAt
            ? `${clock(d.clinicallyReadyAt, tz(record))}${d.minutesUntilClinicallyReady !== null ? ` (${d.minutesUntilClinicallyReady} minutes after the first dose)` : ''}`
            : 'Not recorded'}
        </dd>
        <dt>Discharged</dt>
        <dd>{d.discharged ? `${clock(d.discharged.at, tz(record))}, signed by ${d.discharged.by.name}` : 'Not yet discharged'}</dd>
        {d.discharged?.override && (
          <>
            <dt>Discharged before every item held</dt>
            <dd>
              Reason recorded by {d.discharged.override.prescriber.name} (prescriber): {d.discharged.override.reason}
            </dd>
          </>
        )}
      </dl>
    </RecordBlock>
  );
}

/** What an amendment changed, in words: "the note at 11:40 AM". */
function amendedEntry(record: SessionRecord, targetId: string): string {
  const rows: { id: string; at: string; what: string }[] = [
    ...record.vitals.map((r) => ({ ...r, what: 'vitals' })),
    ...record.doses.map((r) => ({ ...r, what: r.kind === 'prn' ? 'as-needed medicine' : 'dose' })),
    ...record.observations.map((r) => ({ ...r, what: 'observation' })),
    ...record.interventions.map((r) => ({ ...r, what: 'intervention' })),
    ...record.fragments.map((r) => ({ ...r, what: 'fragment' })),
    ...record.adverseEvents.map((r) => ({ ...r, what: 'adverse event' })),
    ...record.clinicianScores.map((r) => ({ ...r, what: 'score' })),
    ...record.notes.map((r) => ({ ...r, what: 'note' })),
  ];
  const row = rows.find((r) => r.id === targetId);
  return row ? `the ${row.what} at ${clock(row.at, tz(record))}` : 'an entry';
}

export function AmendmentsSection({ record }: Props) {
  if (record.amendments.length === 0) return null;
  return (
    <RecordBlock id="record-amendments" title="Amendments">
      <p className="record-muted">Entries above show as amended; the console keeps each original beside its amendment.</p>
      <ul>
        {record.amendments.map((a) => (
          <li key={a.id}>
            {clock(a.at, tz(record))} · {a.by.name}:{' '}
            {a.enteredInError ? 'marked an entry as entered in error' : `amended ${amendedEntry(record, a.targetId)}`} — {a.reason}
          </li>
        ))}
      </ul>
    </RecordBlock>
  );
}

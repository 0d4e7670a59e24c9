import type { ConsultationDraftBody } from '../../contracts/consultations.contracts.js';
import type { ENQUIRY_STATUSES } from '../../domain/enquiries/enquiry-status.js';
import { DEFAULT_MONITORING } from '../../domain/medical/monitoring-settings.js';
import { SCREENING_ITEMS } from '../../domain/medical/screening-checklist.js';
import { localDate } from '../../domain/time/local-date.js';
import { saveStaffTwoFactor } from '../auth/index.js';
import { changeClientPhase, createClient, setCareTeam } from '../clients/index.js';
import { signConsultation, startConsultation } from '../consultations/index.js';
import { changeEnquiryStatus, submitEnquiry } from '../enquiries/index.js';
import { assignMeasure, recordMeasureWithClient } from '../measures/index.js';
import { recordClearance, recordScreening } from '../medical/index.js';
import type { Deps } from '../platform/deps.js';
import { savePracticeSettings } from '../practice/index.js';
import { acknowledgeSafetyFlag } from '../safety-flags/index.js';
import { actingAs } from './acting-as.js';
import { ASQ_NEGATIVE, answersForTotal, maia2Answers } from './demo-answers.js';
import { DEMO_CLIENTS, DEMO_ENQUIRIES, DEMO_PASSWORD, DEMO_STAFF, type DemoClient, type DemoStaffKey } from './demo-people.js';
import { seedDemoPreparation } from './demo-preparation.js';
import { type SeededUser, seedUser } from './seed-staff.js';

const DAY = 86_400_000;
const MONTH = 30 * DAY;

export interface DemoSignIns {
  staff: { name: string; email: string; roles: string[] }[];
  client: { name: string; email: string };
  password: string;
}

type Staff = Record<DemoStaffKey, SeededUser>;

/** Seeds the fictional Cedar Hollow practice through the same use cases staff use, dated over several months. */
export async function seedDemoPractice(deps: Deps): Promise<DemoSignIns> {
  const now = deps.clock();
  const staff = {} as Staff;
  for (const [key, person] of Object.entries(DEMO_STAFF) as [DemoStaffKey, (typeof DEMO_STAFF)[DemoStaffKey]][]) {
    staff[key] = await seedUser(deps, { ...person, roles: [...person.roles], password: DEMO_PASSWORD });
  }
  await savePracticeSettings(
    deps.db,
    {
      practiceName: 'Cedar Hollow Therapy (demo)',
      therapistName: 'Rowan Ellis',
      email: 'hello@cedarhollow.demo',
      phone: '(555) 010-0100',
      address: '400 Alder Street, Suite 2 (fictional)',
      timeZone: 'America/Los_Angeles',
      emergencyNumber: '911',
    },
    staff.admin.id,
    now.toISOString(),
  );
  await deps.db.updateTable('practice_settings').set({ demo_seeded_at: now.toISOString() }).execute();
  // A fictional practice to look around in with shared passwords: a second factor there would only be in the way.
  await saveStaffTwoFactor(deps.db, false, staff.admin.id, now.toISOString());

  let portalClient: { name: string; email: string } | null = null;
  for (const person of DEMO_CLIENTS) {
    const seeded = await seedDemoClient(deps, staff, person, now);
    if (seeded) portalClient = seeded;
  }
  await seedDemoEnquiries(deps, staff, now);

  return {
    staff: Object.values(staff).map((s) => ({ name: s.displayName, email: s.email, roles: s.roles })),
    client: portalClient ?? { name: '', email: '' },
    password: DEMO_PASSWORD,
  };
}

async function seedDemoClient(deps: Deps, staff: Staff, person: DemoClient, now: Date) {
  const start = new Date(now.getTime() - person.startedMonthsAgo * MONTH - 2 * DAY);
  const at = (days: number) => new Date(start.getTime() + days * DAY);
  const therapist = staff[person.therapist];
  const email = `${person.preferredName
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '')}@client.demo`;
  const client = await createClient(deps, actingAs(therapist, start), {
    legalName: person.legalName,
    preferredName: person.preferredName,
    pronouns: person.pronouns,
    dateOfBirth: person.dateOfBirth,
    email,
    phone: `(555) 010-0${String(100 + DEMO_CLIENTS.indexOf(person)).padStart(3, '0')}`,
    address: '',
    emergencyContactName: 'Fictional contact',
    emergencyContactPhone: '(555) 010-0999',
    emergencyContactRelationship: 'Sibling',
    supportPersonName: 'Fictional support person',
    supportPersonPhone: '(555) 010-0998',
    supportPersonRelationship: 'Partner',
    therapistId: therapist.id,
    prescriberId: staff.priya.id,
  });
  const inSessions = ['sessions', 'integration', 'completed'].includes(person.phase) && !person.decision;
  await setCareTeam(deps, actingAs(therapist, start), {
    id: client.id,
    therapistId: therapist.id,
    prescriberId: staff.priya.id,
    coFacilitatorIds: inSessions ? [staff.theo.id] : [],
  });

  await seedMeasures(deps, staff, therapist, client.id, person, at);

  if (person.phase === 'consultation') {
    await startConsultation(deps, actingAs(therapist, at(1)), {
      ...draft(person, at(1)),
      decision: null,
      decisionReasons: '',
      clientId: client.id,
    });
    if (person.portal) {
      for (const instrumentId of ['PCL-5', 'MAIA-2'] as const) {
        await assignMeasure(deps, actingAs(therapist, at(1)), { id: client.id, instrumentId, context: 'consultation' });
      }
      await seedUser(deps, { roles: ['client'], email, displayName: person.preferredName, password: DEMO_PASSWORD, clientId: client.id });
      return { name: person.legalName, email };
    }
    return null;
  }

  const consultation = await startConsultation(deps, actingAs(therapist, at(2)), {
    ...draft(person, at(2)),
    decision: person.decision ?? 'proceed_to_preparation',
    decisionReasons:
      person.decision === 'not_now'
        ? 'Major move next month; we agreed to revisit in the spring.'
        : person.decision === 'different_approach'
          ? 'Panic responds well to a structured CBT course; referred to a colleague.'
          : 'Long-standing symptoms despite prior treatment, good supports, motivated, medically reviewed.',
    clientId: client.id,
  });
  await signConsultation(deps, actingAs(therapist, at(2)), { id: consultation.id });
  if (person.decision) return null;

  await recordScreening(deps, actingAs(staff.priya, at(6)), {
    id: client.id,
    answers: Object.fromEntries(SCREENING_ITEMS.map((i) => [i.code, { answer: 'no' as const, note: '' }])),
    notes: 'Fictional demo screening.',
  });
  await recordClearance(deps, actingAs(staff.priya, at(7)), {
    id: client.id,
    clearedOn: localDate(at(7), 'America/Los_Angeles'),
    validUntil: localDate(at(7 + 180), 'America/Los_Angeles'),
    conditions: 'Check blood pressure at arrival.',
    monitoring: DEFAULT_MONITORING,
  });
  const path = ['sessions', 'integration', 'completed'] as const;
  const target = path.indexOf(person.phase as (typeof path)[number]);
  if (target >= 0) await seedDemoPreparation(deps, therapist, { id: client.id, ...person }, at);
  for (let i = 0; i <= target; i++) {
    const step = path[i]!;
    await changeClientPhase(deps, actingAs(therapist, at(21 + i * 45)), {
      id: client.id,
      phase: step,
      reason: step === 'completed' ? 'Course complete; goals largely met.' : undefined,
    });
  }
  return null;
}

function draft(person: DemoClient, heldOn: Date): Omit<ConsultationDraftBody, 'decision' | 'decisionReasons'> {
  return {
    heldOn: localDate(heldOn, 'America/Los_Angeles'),
    emotionalHistory: 'Fictional history for the demo practice.',
    traumaHistory: person.pcl5 ? 'Fictional: a frightening event some years ago.' : '',
    priorTreatment: 'Fictional: talk therapy and two antidepressants.',
    currentMedications: '',
    goals: person.goals,
    presentingConcerns: person.concerns,
    presentingOther: '',
    relatedTherapies: person.pcl5 ? ['emdr'] : [],
    relatedOther: '',
    fitNotes: 'Fictional notes on fit.',
  };
}

async function seedMeasures(
  deps: Deps,
  staff: Staff,
  therapist: SeededUser,
  clientId: string,
  person: DemoClient,
  at: (days: number) => Date,
) {
  const record = (day: number, instrumentId: 'PHQ-9' | 'GAD-7' | 'PCL-5' | 'ASQ' | 'MAIA-2', answers: Record<string, number | string>) =>
    recordMeasureWithClient(deps, actingAs(therapist, at(day)), { id: clientId, instrumentId, answers, assignmentId: null });
  await record(0, 'ASQ', ASQ_NEGATIVE as Record<string, string>);
  for (const [month, total] of person.phq9.entries()) {
    const flagged =
      person.flag && ((person.flag === 'open' && month === person.phq9.length - 1) || (person.flag === 'acknowledged' && month === 2));
    const result = await record(month * 30, 'PHQ-9', answersForTotal(total, 9, 3, { 9: flagged ? 1 : 0 }));
    if (flagged && person.flag === 'acknowledged') {
      await acknowledgeSafetyFlag(deps, actingAs(staff.priya, at(month * 30 + 1)), {
        id: result.flagsRaised[0]!.id,
        note: 'Fictional: spoke the same day; passive thoughts only, no plan or intent; safety plan reviewed with Dan and his partner.',
      });
    }
  }
  for (const [month, total] of person.gad7.entries()) await record(month * 30, 'GAD-7', answersForTotal(total, 7, 3));
  for (const [month, total] of (person.pcl5 ?? []).entries()) await record(month * 30, 'PCL-5', answersForTotal(total, 20, 4));
  if (person.maia2) {
    await record(0, 'MAIA-2', maia2Answers(person.maia2[0]));
    await record((person.phq9.length - 1) * 30, 'MAIA-2', maia2Answers(person.maia2[1]));
  }
}

async function seedDemoEnquiries(deps: Deps, staff: Staff, now: Date) {
  for (const [index, enquiry] of DEMO_ENQUIRIES.entries()) {
    const received = new Date(now.getTime() - (DEMO_ENQUIRIES.length - index) * DAY);
    const form = {
      name: enquiry.name,
      email: 'email' in enquiry ? enquiry.email : undefined,
      phone: 'phone' in enquiry ? enquiry.phone : undefined,
      preferredContact: 'email' in enquiry ? ('email' as const) : ('phone' as const),
      reason: enquiry.reason,
      preferredTimes: enquiry.preferredTimes,
      heardAbout: enquiry.heardAbout,
      consent: true as const,
      website: '',
    };
    const result = await submitEnquiry(deps, { actor: null, ip: `198.51.100.${index + 1}`, now: received }, form);
    if (result.outcome !== 'received') continue;
    const ctx = actingAs(staff.rowan, new Date(received.getTime() + 3_600_000));
    const steps: Record<string, { status: (typeof ENQUIRY_STATUSES)[number]; reason?: string }[]> = {
      new: [],
      contacted: [{ status: 'contacted' }],
      consultation_scheduled: [{ status: 'contacted' }, { status: 'consultation_scheduled' }],
      declined: [{ status: 'declined', reason: 'Asked for infusions without therapy; referred to a medical clinic that offers them.' }],
    };
    for (const step of steps[enquiry.status] ?? []) await changeEnquiryStatus(deps, ctx, { id: result.id, ...step });
  }
}

export class DemoWouldMixWithRealData extends Error {}

/** Seeds the demo into an empty database; leaves an existing demo as it is; refuses a real practice's database. */
export async function ensureDemoPractice(deps: Deps): Promise<'seeded' | 'already_there'> {
  const settings = await deps.db.selectFrom('practice_settings').select('demo_seeded_at').executeTakeFirst();
  if (settings?.demo_seeded_at) return 'already_there';
  const users = await deps.db.selectFrom('users').select('id').limit(1).execute();
  if (users.length > 0) throw new DemoWouldMixWithRealData('This database already holds a practice that is not the demo.');
  await seedDemoPractice(deps);
  return 'seeded';
}

import type { ClientPhase } from '../../domain/clients/phases.js';
import type { PresentingConcern } from '../../domain/consultations/consultation-record.js';

// Every person here is invented. Names were chosen to be ordinary and unlikely to match anyone real.

export const DEMO_PASSWORD = 'cedar hollow demo practice';

export const DEMO_STAFF = {
  admin: { email: 'office@cedarhollow.demo', displayName: 'Noor Haddad (office)', roles: ['admin'] },
  rowan: { email: 'rowan@cedarhollow.demo', displayName: 'Rowan Ellis, LMFT', roles: ['therapist', 'admin'] },
  amara: { email: 'amara@cedarhollow.demo', displayName: 'Amara Osei, LCSW', roles: ['therapist'] },
  priya: { email: 'priya@cedarhollow.demo', displayName: 'Dr. Priya Raman, MD', roles: ['prescriber'] },
  theo: { email: 'theo@cedarhollow.demo', displayName: 'Theo Lindqvist, RN', roles: ['co_facilitator'] },
} as const;

export type DemoStaffKey = keyof typeof DEMO_STAFF;

export interface DemoClient {
  legalName: string;
  preferredName: string;
  pronouns: string;
  dateOfBirth: string;
  therapist: 'rowan' | 'amara';
  /** Months since the first consultation. */
  startedMonthsAgo: number;
  phase: ClientPhase;
  concerns: PresentingConcern[];
  goals: string;
  /** Monthly totals, first is the baseline. */
  phq9: number[];
  gad7: number[];
  pcl5?: number[];
  maia2?: [number, number];
  flag?: 'open' | 'acknowledged';
  portal?: boolean;
  decision?: 'not_now' | 'different_approach';
}

export const DEMO_CLIENTS: DemoClient[] = [
  {
    legalName: 'Jordan Avery Blake',
    preferredName: 'Jordan',
    pronouns: 'he/him',
    dateOfBirth: '1986-04-12',
    therapist: 'rowan',
    startedMonthsAgo: 0,
    phase: 'consultation',
    concerns: ['depression_not_improved'],
    goals: 'Find out whether KAP could help after years of medication.',
    phq9: [17],
    gad7: [11],
    portal: true,
  },
  {
    legalName: 'Wren Castillo',
    preferredName: 'Wren',
    pronouns: 'she/her',
    dateOfBirth: '1992-09-30',
    therapist: 'amara',
    startedMonthsAgo: 0,
    phase: 'consultation',
    concerns: ['persistent_anxiety', 'stuck_patterns'],
    goals: 'Understand the approach; feel less on edge.',
    phq9: [9],
    gad7: [15],
  },
  {
    legalName: 'Samuel Okonjo',
    preferredName: 'Sam',
    pronouns: 'he/him',
    dateOfBirth: '1979-01-22',
    therapist: 'rowan',
    startedMonthsAgo: 1,
    phase: 'preparation',
    concerns: ['trauma_affecting_daily_life', 'painful_memories'],
    goals: 'Sleep through the night; stop avoiding the highway.',
    phq9: [15, 14],
    gad7: [13, 12],
    pcl5: [48, 46],
  },
  {
    legalName: 'Hana Kobayashi',
    preferredName: 'Hana',
    pronouns: 'she/her',
    dateOfBirth: '1995-06-03',
    therapist: 'amara',
    startedMonthsAgo: 1,
    phase: 'preparation',
    concerns: ['numb_or_disconnected'],
    goals: 'Feel things again, gently.',
    phq9: [13, 12],
    gad7: [8, 8],
    maia2: [1.5, 1.8],
  },
  {
    legalName: 'Eli Marchetti',
    preferredName: 'Eli',
    pronouns: 'they/them',
    dateOfBirth: '1990-11-17',
    therapist: 'rowan',
    startedMonthsAgo: 2,
    phase: 'preparation',
    concerns: ['depression_not_improved', 'stuck_patterns'],
    goals: 'Reconnect with friends and music.',
    phq9: [19, 18, 16],
    gad7: [12, 12, 11],
    flag: 'open',
  },
  {
    legalName: 'Maya Rosen',
    preferredName: 'Maya',
    pronouns: 'she/her',
    dateOfBirth: '1983-02-08',
    therapist: 'rowan',
    startedMonthsAgo: 3,
    phase: 'sessions',
    concerns: ['depression_not_improved'],
    goals: 'Enjoy time with my kids without the fog.',
    phq9: [20, 15, 10, 8],
    gad7: [14, 11, 9, 7],
  },
  {
    legalName: 'Daniel Reyes',
    preferredName: 'Dan',
    pronouns: 'he/him',
    dateOfBirth: '1975-12-29',
    therapist: 'amara',
    startedMonthsAgo: 3,
    phase: 'sessions',
    concerns: ['trauma_affecting_daily_life'],
    goals: 'Less startle; talk about the fire without freezing.',
    phq9: [16, 17, 15, 16],
    gad7: [15, 15, 14, 16],
    pcl5: [55, 54, 52, 53],
    flag: 'acknowledged',
  },
  {
    legalName: 'Priscilla Nwosu',
    preferredName: 'Cilla',
    pronouns: 'she/her',
    dateOfBirth: '1988-07-19',
    therapist: 'rowan',
    startedMonthsAgo: 5,
    phase: 'integration',
    concerns: ['depression_not_improved', 'painful_memories'],
    goals: 'Grieve my father without going under.',
    phq9: [18, 14, 9, 6, 5, 4],
    gad7: [12, 10, 8, 6, 5, 5],
    maia2: [2.0, 3.1],
  },
  {
    legalName: 'Tomasz Wójcik',
    preferredName: 'Tom',
    pronouns: 'he/him',
    dateOfBirth: '1981-03-14',
    therapist: 'amara',
    startedMonthsAgo: 4,
    phase: 'integration',
    concerns: ['trauma_affecting_daily_life', 'persistent_anxiety'],
    goals: 'Drive again; feel safe at home.',
    phq9: [14, 12, 10, 9, 8],
    gad7: [16, 13, 11, 9, 8],
    pcl5: [51, 44, 39, 36, 34],
  },
  {
    legalName: 'Grace Adeyemi',
    preferredName: 'Grace',
    pronouns: 'she/her',
    dateOfBirth: '1970-10-05',
    therapist: 'rowan',
    startedMonthsAgo: 7,
    phase: 'completed',
    concerns: ['depression_not_improved'],
    goals: 'Return to work with steadier mood.',
    phq9: [21, 16, 11, 7, 4, 3, 3, 2],
    gad7: [13, 11, 8, 6, 5, 4, 4, 3],
  },
  {
    legalName: 'Oliver Strand',
    preferredName: 'Ollie',
    pronouns: 'he/him',
    dateOfBirth: '1998-05-27',
    therapist: 'amara',
    startedMonthsAgo: 2,
    phase: 'completed',
    concerns: ['persistent_anxiety'],
    goals: 'Manage panic at university.',
    phq9: [8, 8],
    gad7: [17, 16],
    decision: 'different_approach',
  },
  {
    legalName: 'Lucía Fernández',
    preferredName: 'Lucía',
    pronouns: 'she/her',
    dateOfBirth: '1984-08-11',
    therapist: 'rowan',
    startedMonthsAgo: 2,
    phase: 'paused',
    concerns: ['numb_or_disconnected', 'depression_not_improved'],
    goals: 'Feel present with my partner.',
    phq9: [14, 13],
    gad7: [9, 9],
    decision: 'not_now',
  },
];

export const DEMO_ENQUIRIES = [
  {
    name: 'Ariel Summers',
    email: 'ariel.summers@example.org',
    reason: 'My psychiatrist mentioned KAP after three medications did not help. I would like to understand what it involves.',
    preferredTimes: 'Weekday mornings',
    heardAbout: 'My psychiatrist',
    status: 'new',
  },
  {
    name: 'Kofi Mensah',
    phone: '(555) 010-0142',
    reason: 'Trauma from military service. EMDR helped some; wondering about next steps.',
    preferredTimes: 'After 5pm',
    heardAbout: 'A friend',
    status: 'new',
  },
  {
    name: 'Beatriz Lima',
    email: 'bea.lima@example.org',
    reason: 'Feeling numb for a long time.',
    preferredTimes: 'Fridays',
    heardAbout: 'Search',
    status: 'new',
  },
  {
    name: 'Chris Donnelly',
    email: 'chris.d@example.org',
    reason: 'Anxiety and panic. Curious whether this is right for me.',
    preferredTimes: 'Any afternoon',
    heardAbout: 'Podcast',
    status: 'contacted',
  },
  {
    name: 'Ingrid Holm',
    email: 'ingrid.holm@example.org',
    reason: 'Grief after losing my sister, stuck for two years.',
    preferredTimes: 'Tuesday or Thursday',
    heardAbout: 'My GP',
    status: 'consultation_scheduled',
  },
  {
    name: 'Marcus Bell',
    email: 'marcus.bell@example.org',
    reason: 'Looking for ketamine infusions only, no therapy.',
    preferredTimes: '',
    heardAbout: 'Search',
    status: 'declined',
  },
] as const;

/**
 * Every table's Kysely row type, and the `Database` they make up. The types live by area in ./schema/;
 * import them from here.
 */

import type { AuditTables } from './schema/audit.js';
import type { AuthTables } from './schema/auth.js';
import type { ClientTables } from './schema/clients.js';
import type { ConsentTables } from './schema/consent.js';
import type { ConsultationTables } from './schema/consultations.js';
import type { CoverageTables } from './schema/coverage.js';
import type { EnquiryTables } from './schema/enquiries.js';
import type { KetamineSessionTables } from './schema/ketamine-sessions.js';
import type { MeasureTables } from './schema/measures.js';
import type { MedicalTables } from './schema/medical.js';
import type { PlannedSessionTables } from './schema/planned-sessions.js';
import type { PlatformTables } from './schema/platform.js';
import type { PracticeTables } from './schema/practice.js';
import type { PreparationTables } from './schema/preparation.js';
import type { SafetyFlagTables } from './schema/safety-flags.js';

export type { AuditLogTable, AuditReadMarkTable, AuditSealTable, AuditTables } from './schema/audit.js';
export type {
  AccountSettingsTable,
  AuthSessionsTable,
  AuthTables,
  InvitationsTable,
  PasswordResetsTable,
  RecoveryCodesTable,
  SetupTokensTable,
  SignInChallengesTable,
  ThrottleTable,
  UserRolesTable,
  UsersTable,
} from './schema/auth.js';
export type { CareTeamMembersTable, ClientPhase, ClientPhaseChangesTable, ClientsTable, ClientTables } from './schema/clients.js';
export type { ConsentDocumentsTable, ConsentDocumentVersionsTable, ConsentSignaturesTable, ConsentTables } from './schema/consent.js';
export type { ConsultationAmendmentsTable, ConsultationsTable, ConsultationTables } from './schema/consultations.js';
export type { CoverageGrantsTable, CoverageTables, NoticesTable } from './schema/coverage.js';
export type { EnquiriesTable, EnquiryNotesTable, EnquiryStatusChangesTable, EnquiryTables } from './schema/enquiries.js';
export type {
  KetamineSessionsTable,
  KetamineSessionTables,
  SessionAlertsTable,
  SessionDosesTable,
  SessionEntriesTable,
} from './schema/ketamine-sessions.js';
export type {
  ClinicianScoresTable,
  MeasureAssignmentsTable,
  MeasureDraftsTable,
  MeasureResponsesTable,
  MeasureTables,
} from './schema/measures.js';
export type { MedicalClearancesTable, MedicalScreeningsTable, MedicalTables } from './schema/medical.js';
export type {
  GateOverridesTable,
  PlannedSessionStaffTable,
  PlannedSessionsTable,
  PlannedSessionTables,
  ReadinessConfirmationsTable,
} from './schema/planned-sessions.js';
export type { JobsTable, LiveEventsTable, LiveTopicsTable, PlatformTables } from './schema/platform.js';
export type {
  OutboxTable,
  PracticeSettingsTable,
  PracticeTables,
  PublicPagesTable,
  SomaticVocabularyVersionsTable,
} from './schema/practice.js';
export type {
  PreparationNoteAmendmentsTable,
  PreparationNotesTable,
  PreparationRevisionsTable,
  PreparationTables,
  TreatmentCoursesTable,
} from './schema/preparation.js';
export type { SafetyFlagAlertsTable, SafetyFlagsTable, SafetyFlagTables, SafetyFlagViewsTable } from './schema/safety-flags.js';

export interface Database
  extends AuthTables,
    PracticeTables,
    CoverageTables,
    AuditTables,
    EnquiryTables,
    ClientTables,
    MeasureTables,
    SafetyFlagTables,
    ConsultationTables,
    MedicalTables,
    PreparationTables,
    ConsentTables,
    PlannedSessionTables,
    KetamineSessionTables,
    PlatformTables {}

import type { ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { AccountPage, ResetPasswordPage } from '../features/account';
import { AuditLogPage } from '../features/audit/AuditLogPage';
import { ClientChartPage } from '../features/clients/ClientChartPage';
import { ClientsPage } from '../features/clients/ClientsPage';
import { NewClientPage } from '../features/clients/NewClientPage';
import { ClinicalSettingsPage } from '../features/clinical-settings/ClinicalSettingsPage';
import { ConsentDocumentsPage } from '../features/consent-documents/ConsentDocumentsPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { AcceptInvitationPage } from '../features/invite/AcceptInvitationPage';
import { OutboxPage } from '../features/outbox/OutboxPage';
import { PortalHomePage } from '../features/portal/PortalHomePage';
import { PortalMeasurePage } from '../features/portal/PortalMeasurePage';
import { PortalNotFound } from '../features/portal/PortalNotFound';
import { PortalShell } from '../features/portal/PortalShell';
import { PortalBreathingPage } from '../features/portal-prep/PortalBreathingPage';
import { PortalConsentPage, PortalConsentsPage } from '../features/portal-prep/PortalConsentsPage';
import { PortalIntentionsPage } from '../features/portal-prep/PortalIntentionsPage';
import { PortalSafetyPlanPage } from '../features/portal-prep/PortalSafetyPlanPage';
import { PortalSessionPage } from '../features/portal-prep/PortalSessionPage';
import { PortalToolkitPage } from '../features/portal-prep/PortalToolkitPage';
import { PortalTouchPage } from '../features/portal-prep/PortalTouchPage';
import { PracticeSettingsPage } from '../features/practice/PracticeSettingsPage';
import { PageEditorPage } from '../features/public-pages/PageEditorPage';
import { PublicPagesPage } from '../features/public-pages/PublicPagesPage';
import { RequestDetailPage } from '../features/requests/RequestDetailPage';
import { RequestsPage } from '../features/requests/RequestsPage';
import { SessionConsolePage } from '../features/session-console/SessionConsolePage';
import { SessionOpeningPage } from '../features/session-console/SessionOpeningPage';
import { SessionRecordPage } from '../features/session-record';
import { SetupPage } from '../features/setup/SetupPage';
import { SignInPage } from '../features/sign-in/SignInPage';
import { StaffPage } from '../features/staff/StaffPage';
import { type AppAbility, can } from '../kernel/access';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';
import { RequireAccess } from './RequireAccess';
import { RouteErrorPage } from './RouteErrorPage';

const only = (ability: AppAbility, element: ReactNode) => <RequireAccess allow={can(ability)}>{element}</RequireAccess>;
const intake = (element: ReactNode) => only('workRequests', element);

export const router = createBrowserRouter(
  [
    { path: '/sign-in', element: <SignInPage />, errorElement: <RouteErrorPage /> },
    { path: '/setup', element: <SetupPage />, errorElement: <RouteErrorPage /> },
    { path: '/invite', element: <AcceptInvitationPage />, errorElement: <RouteErrorPage /> },
    { path: '/reset-password', element: <ResetPasswordPage />, errorElement: <RouteErrorPage /> },
    // Outside the app shell: the console fills the screen and must open from the service worker offline.
    { path: '/sessions/:sessionId', element: <SessionConsolePage />, errorElement: <RouteErrorPage /> },
    {
      path: '/portal',
      element: <PortalShell />,
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <PortalHomePage /> },
        { path: 'measures/:id', element: <PortalMeasurePage /> },
        { path: 'consents', element: <PortalConsentsPage /> },
        { path: 'consents/:id', element: <PortalConsentPage /> },
        { path: 'intentions', element: <PortalIntentionsPage /> },
        { path: 'toolkit', element: <PortalToolkitPage /> },
        { path: 'breathing', element: <PortalBreathingPage /> },
        { path: 'safety-plan', element: <PortalSafetyPlanPage /> },
        { path: 'touch-and-support', element: <PortalTouchPage /> },
        { path: 'session', element: <PortalSessionPage /> },
        { path: 'account', element: <AccountPage /> },
        { path: '*', element: <PortalNotFound /> },
      ],
    },
    {
      path: '/',
      element: <AppShell />,
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <DashboardPage /> },
        { path: 'requests', element: intake(<RequestsPage />) },
        { path: 'requests/:id', element: intake(<RequestDetailPage />) },
        { path: 'clients', element: <ClientsPage /> },
        { path: 'clients/new', element: <NewClientPage /> },
        { path: 'clients/:clientId/planned-sessions/:plannedSessionId', element: <SessionOpeningPage /> },
        { path: 'clients/:id/*', element: <ClientChartPage /> },
        { path: 'clinical-settings', element: <ClinicalSettingsPage /> },
        { path: 'account', element: <AccountPage /> },
        { path: 'sessions/:sessionId/record', element: <SessionRecordPage /> },
        { path: 'staff', element: only('manageStaff', <StaffPage />) },
        { path: 'practice', element: only('changePracticeSettings', <PracticeSettingsPage />) },
        { path: 'pages', element: only('editPages', <PublicPagesPage />) },
        { path: 'pages/:slug', element: only('editPages', <PageEditorPage />) },
        { path: 'consent-documents', element: only('editPages', <ConsentDocumentsPage />) },
        { path: 'outbox', element: only('readOutbox', <OutboxPage />) },
        { path: 'audit', element: only('browseAudit', <AuditLogPage />) },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
  { basename: '/app' },
);

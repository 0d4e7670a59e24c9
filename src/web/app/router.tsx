import type { ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { AuditLogPage } from '../features/audit/AuditLogPage';
import { ClientChartPage } from '../features/clients/ClientChartPage';
import { ClientsPage } from '../features/clients/ClientsPage';
import { NewClientPage } from '../features/clients/NewClientPage';
import { ClinicalSettingsPage } from '../features/clinical-settings/ClinicalSettingsPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { AcceptInvitationPage } from '../features/invite/AcceptInvitationPage';
import { OutboxPage } from '../features/outbox/OutboxPage';
import { PortalHomePage } from '../features/portal/PortalHomePage';
import { PortalMeasurePage } from '../features/portal/PortalMeasurePage';
import { PortalNotFound } from '../features/portal/PortalNotFound';
import { PortalShell } from '../features/portal/PortalShell';
import { PracticeSettingsPage } from '../features/practice/PracticeSettingsPage';
import { PageEditorPage } from '../features/public-pages/PageEditorPage';
import { PublicPagesPage } from '../features/public-pages/PublicPagesPage';
import { RequestDetailPage } from '../features/requests/RequestDetailPage';
import { RequestsPage } from '../features/requests/RequestsPage';
import { SessionConsolePage } from '../features/session-console/SessionConsolePage';
import { SetupPage } from '../features/setup/SetupPage';
import { SignInPage } from '../features/sign-in/SignInPage';
import { StaffPage } from '../features/staff/StaffPage';
import { AppShell } from './AppShell';
import { can } from './access';
import { NotFoundPage } from './NotFoundPage';
import { RequireAccess } from './RequireAccess';
import { RouteErrorPage } from './RouteErrorPage';

const admin = (element: ReactNode) => <RequireAccess allow={can.administer}>{element}</RequireAccess>;
const intake = (element: ReactNode) => <RequireAccess allow={can.workRequests}>{element}</RequireAccess>;

export const router = createBrowserRouter(
  [
    { path: '/sign-in', element: <SignInPage />, errorElement: <RouteErrorPage /> },
    { path: '/setup', element: <SetupPage />, errorElement: <RouteErrorPage /> },
    { path: '/invite', element: <AcceptInvitationPage />, errorElement: <RouteErrorPage /> },
    // Outside the app shell: the console fills the screen and must open from the service worker offline.
    { path: '/sessions/:sessionId', element: <SessionConsolePage />, errorElement: <RouteErrorPage /> },
    {
      path: '/portal',
      element: <PortalShell />,
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <PortalHomePage /> },
        { path: 'measures/:id', element: <PortalMeasurePage /> },
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
        { path: 'clients/:id/*', element: <ClientChartPage /> },
        { path: 'clinical-settings', element: <ClinicalSettingsPage /> },
        { path: 'staff', element: admin(<StaffPage />) },
        { path: 'practice', element: admin(<PracticeSettingsPage />) },
        { path: 'pages', element: admin(<PublicPagesPage />) },
        { path: 'pages/:slug', element: admin(<PageEditorPage />) },
        { path: 'outbox', element: admin(<OutboxPage />) },
        { path: 'audit', element: admin(<AuditLogPage />) },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
  { basename: '/app' },
);

import '../../styles/portal.css';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { SignOutButton } from '../../app/SignOutButton';
import { useCurrentUserQuery } from '../../kernel/session';
import { LoadError, Loading } from '../../ui/LoadState';
import { CrisisLine } from './CrisisLine';
import { type PortalHome, usePortalHome } from './portal.api';
import { PortalContext } from './portal-context';

function PortalHeader({ portal }: { portal: PortalHome | undefined }) {
  return (
    <header className="portal-header">
      <div className="portal-header-inner">
        <Link to="/portal" className="portal-brand">
          <svg className="brand-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="8" fill="currentColor" />
            <path d="M9 23c3-7 11-7 14 0" fill="none" stroke="var(--color-surface)" strokeWidth="2.5" strokeLinecap="round" />
            <circle cx="16" cy="11" r="3.5" fill="var(--color-surface)" />
          </svg>
          <span>{portal?.practiceName ?? 'Your space'}</span>
        </Link>
        <div className="portal-account">
          {portal && <p className="portal-signed-in">Signed in as {portal.preferredName}</p>}
          <Link to="/portal/account" className="portal-account-link">
            Your account
          </Link>
          <SignOutButton className="portal-signout" who="client" />
        </div>
      </div>
    </header>
  );
}

function SignedInPortal() {
  const home = usePortalHome();
  return (
    <div className="portal">
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <PortalHeader portal={home.data} />
      {home.data?.isDemo && (
        <section className="portal-demo" aria-label="Demo practice">
          <p>
            <strong>Demo practice</strong> — every person and record here is fictional.
          </p>
        </section>
      )}
      <main id="main" className="portal-main" tabIndex={-1}>
        {home.isPending && <Loading label="Opening your space…" />}
        {home.isError && (
          <>
            <h1 className="portal-title" tabIndex={-1}>
              Your space
            </h1>
            <LoadError error={home.error} onRetry={() => home.refetch()} />
          </>
        )}
        {home.data && (
          <PortalContext.Provider value={home.data}>
            <Outlet />
          </PortalContext.Provider>
        )}
      </main>
      <CrisisLine crisisLine={home.data?.crisis.crisisLine} emergencyNumber={home.data?.crisis.emergencyNumber} />
    </div>
  );
}

/** The client's private space. Nobody signed in → sign in and come back; staff belong in the staff app. */
export function PortalShell() {
  const me = useCurrentUserQuery();
  const location = useLocation();
  if (me.isPending) {
    return (
      <main className="portal-main">
        <Loading />
      </main>
    );
  }
  if (me.isError) {
    return (
      <main className="portal-main">
        <h1 className="portal-title">Your space</h1>
        <LoadError error={me.error} onRetry={() => me.refetch()} />
      </main>
    );
  }
  if (!me.data) return <Navigate to={`/sign-in?next=${encodeURIComponent(`${location.pathname}${location.search}`)}`} replace />;
  if (me.data.kind !== 'client') return <Navigate to="/" replace />;
  return <SignedInPortal />;
}

import { useEffect, useRef } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { UserContext, useCurrentUserQuery } from '../kernel/session';
import { LoadError, Loading } from '../ui/LoadState';
import { AppHeader } from './AppHeader';
import { DemoBanner } from './DemoBanner';
import { MainNav } from './MainNav';

/**
 * After an in-app navigation the new screen starts at the top, header in view, and focus moves to its
 * heading so a screen reader starts there. Focusing without scrolling: focusing the heading would
 * otherwise scroll the header off a phone's screen.
 */
function useFocusHeadingOnNavigate() {
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    window.scrollTo({ top: 0, left: 0 });
    const heading = document.querySelector<HTMLElement>('main h1');
    heading?.focus({ preventScroll: true });
  }, [pathname]);
}

function SignedInShell() {
  useFocusHeadingOnNavigate();
  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <AppHeader />
      <DemoBanner />
      <div className="shell-body">
        <MainNav />
        <main id="main" className="main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}

/** Everything behind sign-in. Nobody signed in → the sign-in page, which brings them back here after. */
export function AppShell() {
  const me = useCurrentUserQuery();
  const location = useLocation();
  if (me.isPending) {
    return (
      <main className="main main-solo">
        <Loading />
      </main>
    );
  }
  if (me.isError) {
    return (
      <main className="main main-solo">
        <h1 className="page-title">Holdspace</h1>
        <LoadError error={me.error} onRetry={() => me.refetch()} />
      </main>
    );
  }
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  // A client's own space is the portal; nothing in the staff app is theirs.
  if (me.data.kind === 'client') return <Navigate to="/portal" replace />;
  return (
    <UserContext.Provider value={me.data}>
      <SignedInShell />
    </UserContext.Provider>
  );
}

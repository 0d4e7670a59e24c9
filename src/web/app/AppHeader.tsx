import { Link } from 'react-router';
import { usePractice } from '../kernel/practice';
import { useUser } from '../kernel/session';
import { SignOutButton } from './SignOutButton';
import { ThemeSwitch } from './ThemeSwitch';

export function AppHeader() {
  const user = useUser();
  const practice = usePractice();
  return (
    <header className="app-header">
      <Link to="/" className="brand">
        <svg className="brand-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
          <rect width="32" height="32" rx="8" fill="currentColor" />
          <path d="M9 23c3-7 11-7 14 0" fill="none" stroke="var(--color-surface)" strokeWidth="2.5" strokeLinecap="round" />
          <circle cx="16" cy="11" r="3.5" fill="var(--color-surface)" />
        </svg>
        <span className="brand-text">
          <span className="brand-practice">{practice.data?.practiceName ?? 'Your practice'}</span>
          <span className="brand-product">Holdspace</span>
        </span>
      </Link>
      <div className="header-tools">
        <p className="header-user">
          <span className="visually-hidden">Signed in as </span>
          <Link to="/account" className="header-account">
            {user.displayName}
            <span className="visually-hidden">: your account</span>
          </Link>
        </p>
        <ThemeSwitch />
        <SignOutButton />
      </div>
    </header>
  );
}

import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { api } from '../api/client';
import type { SetupStatus } from '../api/types';

export function useSetupStatus() {
  return useQuery({ queryKey: ['setup'], queryFn: () => api.get<SetupStatus>('/setup'), staleTime: 60_000 });
}

/** The frame around the screens before signing in: the practice's name, one narrow column. */
export function PublicFrame({ title, children }: { title: string; children: ReactNode }) {
  const setup = useSetupStatus();
  useEffect(() => {
    document.title = `${title} · Holdspace`;
  }, [title]);
  return (
    <div className="public-frame">
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <header className="public-header">
        <svg className="brand-mark" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
          <rect width="32" height="32" rx="8" fill="currentColor" />
          <path d="M9 23c3-7 11-7 14 0" fill="none" stroke="var(--color-surface)" strokeWidth="2.5" strokeLinecap="round" />
          <circle cx="16" cy="11" r="3.5" fill="var(--color-surface)" />
        </svg>
        <p className="public-practice">{setup.data?.practiceName || 'Holdspace'}</p>
      </header>
      <main id="main" className="public-main" tabIndex={-1}>
        <div className="public-card">
          <h1 className="public-title">{title}</h1>
          {children}
        </div>
      </main>
      <footer className="public-footer">
        <p>Holdspace · a private space for this practice and the people it cares for</p>
      </footer>
    </div>
  );
}

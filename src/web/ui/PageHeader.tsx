import type { ReactNode } from 'react';
import { useEffect } from 'react';

interface PageHeaderProps {
  title: string;
  /** The document title when it should differ from the heading (it never carries a client's name). */
  documentTitle?: string;
  lead?: ReactNode;
  actions?: ReactNode;
  above?: ReactNode;
}

/** The one h1 of a screen. It takes focus after an in-app navigation (see AppShell), so it is focusable. */
export function PageHeader({ title, documentTitle, lead, actions, above }: PageHeaderProps) {
  const tabTitle = documentTitle ?? title;
  useEffect(() => {
    document.title = `${tabTitle} · Holdspace`;
  }, [tabTitle]);
  return (
    <header className="page-header">
      {above && <div className="page-header-above">{above}</div>}
      <div className="page-header-row">
        <div className="page-header-text">
          <h1 className="page-title" tabIndex={-1}>
            {title}
          </h1>
          {lead && <div className="page-lead">{lead}</div>}
        </div>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
    </header>
  );
}

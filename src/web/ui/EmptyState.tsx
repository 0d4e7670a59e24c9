import type { ReactNode } from 'react';

export function EmptyState({ title, children, headingLevel = 2 }: { title: string; children?: ReactNode; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="empty-state">
      <Heading className="empty-state-title">{title}</Heading>
      {children && <div className="empty-state-body">{children}</div>}
    </div>
  );
}

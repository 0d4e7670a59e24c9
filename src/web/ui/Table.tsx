import type { ReactNode } from 'react';

interface TableProps {
  caption: string;
  /** Keep the caption for screen readers only when a heading above already says it. */
  hideCaption?: boolean;
  head: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A table that scans: quiet rules, aligned columns, and sideways scrolling on a narrow screen. */
export function Table({ caption, hideCaption = false, head, children, className }: TableProps) {
  return (
    <div className="table-wrap">
      <table className={['table', className].filter(Boolean).join(' ')}>
        <caption className={hideCaption ? 'visually-hidden' : 'table-caption'}>{caption}</caption>
        <thead>{head}</thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

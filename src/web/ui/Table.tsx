import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

interface TableProps {
  caption: string;
  /** Keep the caption for screen readers only when a heading above already says it. */
  hideCaption?: boolean;
  head: ReactNode;
  children: ReactNode;
  className?: string;
}

/** True while the element is wider than its box, so it scrolls sideways. */
function useScrollsSideways<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const check = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return { ref, scrolls };
}

/**
 * On a phone the rows stack (app-tables.css), so each cell carries its column's name as data-label
 * for the stylesheet to show beside the value. Read from the header so no screen has to repeat it.
 */
function useStackLabels<T extends HTMLTableElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const table = ref.current;
    if (!table) return;
    const label = () => {
      const names = [...table.querySelectorAll('thead tr:last-child > th')].map((th) => th.textContent?.trim() ?? '');
      for (const row of table.querySelectorAll('tbody tr')) {
        let column = 0;
        for (const cell of row.children) {
          const span = (cell as HTMLTableCellElement).colSpan || 1;
          const name = span === 1 ? names[column] : '';
          if (name) cell.setAttribute('data-label', name);
          else cell.removeAttribute('data-label');
          column += span;
        }
      }
    };
    label();
    const observer = new MutationObserver(label);
    observer.observe(table, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return ref;
}

/**
 * A table that scans: quiet rules, aligned columns. On a phone its rows stack; if it is still wider than the screen it scrolls sideways, and then
 * the scrolling box takes keyboard focus (named by the caption) so arrow keys can reach every column.
 */
export function Table({ caption, hideCaption = false, head, children, className }: TableProps) {
  const captionId = useId();
  const { ref, scrolls } = useScrollsSideways<HTMLDivElement>();
  const tableRef = useStackLabels<HTMLTableElement>();
  return (
    <div ref={ref} className="table-wrap" {...(scrolls ? { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } : {})}>
      <table ref={tableRef} className={['table', className].filter(Boolean).join(' ')}>
        <caption id={captionId} className={hideCaption ? 'visually-hidden' : 'table-caption'}>
          {caption}
        </caption>
        <thead>{head}</thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

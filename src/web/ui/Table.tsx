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
 * A table that scans: quiet rules, aligned columns. On a narrow screen it scrolls sideways, and then
 * the scrolling box takes keyboard focus (named by the caption) so arrow keys can reach every column.
 */
export function Table({ caption, hideCaption = false, head, children, className }: TableProps) {
  const captionId = useId();
  const { ref, scrolls } = useScrollsSideways<HTMLDivElement>();
  return (
    <div ref={ref} className="table-wrap" {...(scrolls ? { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } : {})}>
      <table className={['table', className].filter(Boolean).join(' ')}>
        <caption id={captionId} className={hideCaption ? 'visually-hidden' : 'table-caption'}>
          {caption}
        </caption>
        <thead>{head}</thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

import { type ReactNode, useEffect, useRef } from 'react';
import { useNavigationType } from 'react-router';

/**
 * The one h1 of a portal screen. After an in-app navigation it takes focus as soon as it appears (after
 * the screen's data has loaded), so a screen reader starts there and Tab continues from the top of the page.
 */
export function PortalHeading({ children, id }: { children: ReactNode; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const navigation = useNavigationType();
  useEffect(() => {
    // A first load or back/forward ("POP") leaves focus where the browser puts it.
    if (navigation !== 'POP') ref.current?.focus();
  }, [navigation]);
  return (
    <h1 ref={ref} id={id} className="portal-title" tabIndex={-1}>
      {children}
    </h1>
  );
}

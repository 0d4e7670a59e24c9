import { usePractice } from '../kernel/practice';

/** The fictional demo practice says so on every screen, so nobody mistakes its people for real ones. */
export function DemoBanner() {
  const practice = usePractice();
  if (!practice.data?.isDemo) return null;
  return (
    <section className="demo-banner" aria-label="Demo practice">
      <p>
        <strong>Demo practice.</strong> Everyone and everything here is fictional; nothing you do reaches a real person.
      </p>
    </section>
  );
}

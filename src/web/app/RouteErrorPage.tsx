import { Link } from 'react-router';

/** The last resort when a screen fails to render: calm words and a way back. */
export function RouteErrorPage() {
  return (
    <main className="main main-solo">
      <h1 className="page-title">Something went wrong</h1>
      <p>Something went wrong and nothing was saved. Please try again.</p>
      <p>
        <Link to="/">Go to your dashboard</Link>
      </p>
    </main>
  );
}

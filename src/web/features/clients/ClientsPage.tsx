/** Placeholder: replaced by the screen itself. */
export function ClientsPage() {
  return <h1>ClientsPage</h1>;
}

/** Placeholder: replaced by the screen itself. */
export function NewClientPage() {
  return <h1>NewClientPage</h1>;
}

/** Placeholder: replaced by the screen itself. */
export function PortalHomePage() {
  return <h1>PortalHomePage</h1>;
}

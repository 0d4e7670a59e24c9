/** Placeholder: replaced by the screen itself. */
export function PortalShell() {
  return <h1>PortalShell</h1>;
}

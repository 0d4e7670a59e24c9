/** Placeholder: replaced by the screen itself. */
export function PortalMeasurePage() {
  return <h1>PortalMeasurePage</h1>;
}

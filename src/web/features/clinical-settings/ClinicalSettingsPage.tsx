/** Placeholder: replaced by the screen itself. */
export function ClinicalSettingsPage() {
  return <h1>ClinicalSettingsPage</h1>;
}

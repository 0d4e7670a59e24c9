/** Placeholder: replaced by the screen itself. */
export function ClientChartPage() {
  return <h1>ClientChartPage</h1>;
}

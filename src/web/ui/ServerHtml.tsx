/** HTML the server rendered from the practice's own Markdown, with raw HTML escaped (render-markdown.ts). */
export function ServerHtml({ html, className }: { html: string; className?: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: server-rendered Markdown with raw HTML escaped (render-markdown.ts)
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

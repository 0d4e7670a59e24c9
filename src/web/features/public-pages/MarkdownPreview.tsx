import { useEffect } from 'react';
import { LoadError, Loading } from '../../ui/LoadState';
import { usePreview } from './public-pages.api';

/**
 * Rendered by the server with the same renderer the public site uses. The server escapes all raw
 * HTML in the Markdown, which is what makes setting it as HTML here safe.
 */
export function MarkdownPreview({ title, body }: { title: string; body: string }) {
  const preview = usePreview();
  const { mutate } = preview;
  useEffect(() => {
    mutate(body);
  }, [body, mutate]);
  if (preview.isError) return <LoadError error={preview.error} onRetry={() => mutate(body)} />;
  if (!preview.data) return <Loading label="Preparing the preview…" />;
  return (
    <div className="preview-frame">
      <p className="preview-label">Preview — how visitors will see the page</p>
      <article className="prose">
        <p className="prose-title" aria-hidden="true">
          {title}
        </p>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: server-rendered Markdown with raw HTML escaped (render-markdown.ts) */}
        <div dangerouslySetInnerHTML={{ __html: preview.data.html }} />
      </article>
    </div>
  );
}

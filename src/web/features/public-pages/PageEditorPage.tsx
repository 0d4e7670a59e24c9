import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { NotFoundPage } from '../../app/NotFoundPage';
import { LoadError, Loading } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { PageEditorForm } from './PageEditorForm';
import { PageReviewBadge } from './PageReviewBadge';
import { usePublicPage } from './public-pages.api';
import { RestoreDefault } from './RestoreDefault';

const back = (
  <Link to="/pages" className="back-link">
    ← All public pages
  </Link>
);

export function PageEditorPage() {
  const { slug = '' } = useParams();
  const page = usePublicPage(slug);
  // Restoring replaces the text on the server; a new key starts the form again from it.
  const [version, setVersion] = useState(0);

  if (isApiError(page.error, 400) || isApiError(page.error, 404)) return <NotFoundPage />;
  if (!page.data) {
    return (
      <>
        <PageHeader title="Edit public page" above={back} />
        {page.isError ? <LoadError error={page.error} onRetry={() => page.refetch()} /> : <Loading />}
      </>
    );
  }
  const data = page.data;
  return (
    <>
      <PageHeader
        title={`Edit “${data.navLabel}”`}
        above={back}
        lead={
          <p className="request-lead">
            <PageReviewBadge page={data} />
            <a href={data.path} target="_blank" rel="noopener">
              View the live page<span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </p>
        }
        actions={data.isDefault ? undefined : <RestoreDefault slug={data.slug} onRestored={() => setVersion((v) => v + 1)} />}
      />
      <PageEditorForm key={version} page={data} />
    </>
  );
}

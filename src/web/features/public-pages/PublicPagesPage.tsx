import { Link } from 'react-router';
import { LoadError, Loading } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { Table } from '../../ui/Table';
import { PageReviewBadge } from './PageReviewBadge';
import { usePublicPages } from './public-pages.api';

export function PublicPagesPage() {
  const pages = usePublicPages();
  return (
    <>
      <PageHeader
        title="Public pages"
        lead="The seven pages of the practice’s website. Each starts with Holdspace’s default text; read it, make it your own, and mark it reviewed."
      />
      {pages.isPending && <Loading />}
      {pages.isError && <LoadError error={pages.error} onRetry={() => pages.refetch()} />}
      {pages.data && (
        <Table
          caption="Public pages"
          hideCaption
          head={
            <tr>
              <th scope="col">Page</th>
              <th scope="col">Address</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Live page</span>
              </th>
            </tr>
          }
        >
          {pages.data.pages.map((page) => (
            <tr key={page.slug}>
              <th scope="row" className="cell-name">
                <span className="stack">
                  <Link to={`/pages/${page.slug}`}>
                    <span className="visually-hidden">Edit </span>
                    {page.navLabel}
                  </Link>
                  <span className="muted small">{page.title}</span>
                </span>
              </th>
              <td>
                <code>{page.path}</code>
              </td>
              <td>
                <PageReviewBadge page={page} />
              </td>
              <td className="cell-action">
                <a href={page.path} target="_blank" rel="noopener">
                  View live<span className="visually-hidden"> {page.navLabel} page (opens in a new tab)</span>
                </a>
              </td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

import type { PublicPage } from '../../api/types';
import { usePracticeTime } from '../../kernel/practice';
import { StatusBadge } from '../../ui/StatusBadge';

export function PageReviewBadge({ page }: { page: PublicPage }) {
  const time = usePracticeTime();
  if (page.isDefault || !page.reviewedAt) return <StatusBadge label="Default text — please review" tone="warning" shape="alert" />;
  return <StatusBadge label={`Reviewed on ${time.date(page.reviewedAt)}`} tone="success" shape="check" />;
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { MarkdownPreview, PublicPage, PublicPageList } from '../../api/types';

export const pageKeys = {
  list: ['public-pages'] as const,
  page: (slug: string) => ['public-pages', slug] as const,
};

export function usePublicPages(enabled = true) {
  return useQuery({ queryKey: pageKeys.list, queryFn: () => api.get<PublicPageList>('/practice/pages'), enabled });
}

export function usePublicPage(slug: string) {
  return useQuery({ queryKey: pageKeys.page(slug), queryFn: () => api.get<PublicPage>(`/practice/pages/${encodeURIComponent(slug)}`) });
}

function useStorePage(slug: string) {
  const queryClient = useQueryClient();
  return (page: PublicPage) => {
    queryClient.setQueryData(pageKeys.page(slug), page);
    void queryClient.invalidateQueries({ queryKey: pageKeys.list, exact: true });
  };
}

export function useSavePage(slug: string) {
  const store = useStorePage(slug);
  return useMutation({
    mutationFn: (body: { title: string; description: string; body: string; reviewed: boolean }) =>
      api.put<PublicPage>(`/practice/pages/${encodeURIComponent(slug)}`, body),
    onSuccess: store,
  });
}

export function useRestoreDefault(slug: string) {
  const store = useStorePage(slug);
  return useMutation({
    mutationFn: () => api.post<PublicPage>(`/practice/pages/${encodeURIComponent(slug)}/restore-default`),
    onSuccess: store,
  });
}

export function usePreview() {
  return useMutation({ mutationFn: (body: string) => api.post<MarkdownPreview>('/practice/pages/preview', { body }) });
}

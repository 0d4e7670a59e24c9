import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SomaticVocabularySettingsSchema } from '../../../contracts/session-vocabulary.contracts';
import type { SomaticVocabulary } from '../../../domain/session/index';
import { api } from '../../api/client';

export type SomaticVocabularySettings = z.infer<typeof SomaticVocabularySettingsSchema>;
const key = ['somatic-vocabulary'] as const;

export function useSomaticVocabulary() {
  return useQuery({ queryKey: key, queryFn: () => api.get<SomaticVocabularySettings>('/practice/somatic-vocabulary') });
}

export function useSaveSomaticVocabulary() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vocabulary: SomaticVocabulary) => api.put<SomaticVocabularySettings>('/practice/somatic-vocabulary', { vocabulary }),
    onSuccess: (saved) => queryClient.setQueryData(key, saved),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { meKey } from '../api/query-client';

/** Ends the session on the server; `who` lets the sign-in page say goodbye in the right words. */
export function SignOutButton({ className = 'header-button', who = 'staff' }: { className?: string; who?: 'staff' | 'client' }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: () => api.post('/auth/sign-out'),
    // Whatever the server said, nothing of this session stays on screen or in memory.
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(meKey, null);
      navigate('/sign-in', { replace: true, state: { signedOut: who === 'client' ? 'client' : true } });
    },
  });
  return (
    <button type="button" className={className} onClick={() => signOut.mutate()} disabled={signOut.isPending}>
      Sign out
    </button>
  );
}

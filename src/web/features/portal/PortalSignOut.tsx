import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { meKey } from '../../api/query-client';

export function PortalSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: () => api.post('/auth/sign-out'),
    // Whatever the server said, nothing of this person's answers stays on screen or in memory.
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(meKey, null);
      navigate('/sign-in', { replace: true, state: { signedOut: 'client' } });
    },
  });
  return (
    <button type="button" className="portal-signout" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
      Sign out
    </button>
  );
}

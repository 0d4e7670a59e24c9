import { useState } from 'react';

/**
 * Setup and invitation links carry their token in the URL fragment (#token=…), which browsers never
 * send to a server, so it stays out of access logs and Referer headers.
 */
export function useFragmentToken(): string {
  const [token] = useState(() => new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token') ?? '');
  return token;
}

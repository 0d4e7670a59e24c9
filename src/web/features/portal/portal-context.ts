import { createContext, useContext, useEffect } from 'react';
import type { PortalHome } from './portal.api';

export const PortalContext = createContext<PortalHome | null>(null);

/** Inside the portal shell the client's page is always loaded. */
export function usePortal(): PortalHome {
  const portal = useContext(PortalContext);
  if (!portal) throw new Error('usePortal is only available inside the portal shell');
  return portal;
}

/** The tab's title names the screen and the practice, never the client, for a screen others may glance at. */
export function usePortalTitle(title: string) {
  const portal = useContext(PortalContext);
  const practice = portal?.practiceName;
  useEffect(() => {
    document.title = practice ? `${title} · ${practice}` : title;
  }, [title, practice]);
}

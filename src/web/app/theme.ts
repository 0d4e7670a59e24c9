/** `system` follows the device's light or dark setting; `dim` is the session room's low-light theme. */
export type Theme = 'system' | 'light' | 'dark' | 'dim';

export const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'dim'];

export const THEME_LABELS: Record<Theme, string> = {
  system: 'Match this device',
  light: 'Light',
  dark: 'Dark',
  dim: 'Dim (for a low-lit room)',
};

const KEY = 'holdspace.theme';

export function storedTheme(): Theme {
  try {
    const value = localStorage.getItem(KEY);
    return THEMES.includes(value as Theme) ? (value as Theme) : 'system';
  } catch {
    return 'system';
  }
}

/** The device's own preference, to say which theme "match this device" gives right now. */
export function systemTheme(): 'light' | 'dark' {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** With no choice the page carries no theme attribute and the stylesheet follows the device; a choice stays on this device. */
export function applyTheme(theme: Theme, options: { remember?: boolean } = { remember: true }): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  if (!options.remember) return;
  try {
    if (theme === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    // Private browsing may refuse storage; the theme still applies for this visit.
  }
}

export type Theme = 'light' | 'dark';

const KEY = 'holdspace.theme';

export function storedTheme(): Theme {
  try {
    return localStorage.getItem(KEY) === 'dark' ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}

/** Light unless the person chose dark here; the choice stays on this device. */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // Private browsing may refuse storage; the theme still applies for this visit.
  }
}

import { useState } from 'react';
import { applyTheme, storedTheme, type Theme } from './theme';

/** A toggle button: pressed means the dark theme is on. */
export function ThemeSwitch() {
  const [theme, setTheme] = useState<Theme>(storedTheme);
  const toggle = () => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    applyTheme(next);
    setTheme(next);
  };
  return (
    <button type="button" className="header-button" aria-pressed={theme === 'dark'} onClick={toggle}>
      <svg className="glyph" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path
          d="M13 9.5A5.5 5.5 0 0 1 6.5 3a5.5 5.5 0 1 0 6.5 6.5z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinejoin="round"
        />
      </svg>
      <span className="theme-label">Dark theme</span>
    </button>
  );
}

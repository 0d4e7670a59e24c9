import { useEffect, useId, useState } from 'react';
import { applyTheme, storedTheme, systemTheme, THEME_LABELS, THEMES, type Theme } from './theme';

/** A labelled choice of theme that says which one is on, including what "match this device" gives now. */
export function ThemeSwitch({ offerDim = true }: { offerDim?: boolean }) {
  const id = useId();
  const [theme, setTheme] = useState<Theme>(storedTheme);
  const [system, setSystem] = useState(systemTheme);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const follow = () => setSystem(query.matches ? 'dark' : 'light');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  const choose = (next: Theme) => {
    applyTheme(next);
    setTheme(next);
  };
  const choices = THEMES.filter((t) => offerDim || t !== 'dim' || theme === 'dim');
  return (
    <div className="theme-switch">
      <label htmlFor={id} className="theme-switch__label">
        Theme
      </label>
      <select id={id} className="theme-switch__select" value={theme} onChange={(event) => choose(event.target.value as Theme)}>
        {choices.map((t) => (
          <option key={t} value={t}>
            {t === 'system' ? `${THEME_LABELS.system} (${system === 'dark' ? 'dark' : 'light'} now)` : THEME_LABELS[t]}
          </option>
        ))}
      </select>
    </div>
  );
}

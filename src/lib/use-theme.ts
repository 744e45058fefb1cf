import { useEffect, useSyncExternalStore } from 'react';
import { useUiStore } from '../stores/ui-store';

const query =
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : undefined;

function useSystemDark(): boolean {
  return useSyncExternalStore(
    (l) => {
      query?.addEventListener('change', l);
      return () => query?.removeEventListener('change', l);
    },
    () => query?.matches ?? false,
  );
}

/** The theme in effect: the user's choice, or the system's until they choose. */
export function useResolvedTheme(): { theme: 'light' | 'dark'; toggle: () => void } {
  const choice = useUiStore((s) => s.theme);
  const toggleTheme = useUiStore((s) => s.toggleTheme);
  const systemDark = useSystemDark();
  const theme = choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
  return { theme, toggle: () => toggleTheme(systemDark) };
}

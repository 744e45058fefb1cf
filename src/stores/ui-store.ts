import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type ThemeChoice = 'system' | 'light' | 'dark';

interface UiState {
  /** `system` until the user toggles; then the explicit choice persists. */
  theme: ThemeChoice;
  recentSearches: string[];
  recentDiagrams: string[];
  toggleTheme: (systemIsDark: boolean) => void;
  addSearch: (q: string) => void;
  addDiagram: (id: string) => void;
}

const push = (list: string[], item: string, max = 8): string[] => [item, ...list.filter((x) => x !== item)].slice(0, max);

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      theme: 'system',
      recentSearches: [],
      recentDiagrams: [],
      toggleTheme: (systemIsDark) =>
        set((s) => {
          const current = s.theme === 'system' ? (systemIsDark ? 'dark' : 'light') : s.theme;
          return { theme: current === 'dark' ? 'light' : 'dark' };
        }),
      addSearch: (q) => set((s) => (q.trim().length < 2 ? s : { recentSearches: push(s.recentSearches, q.trim()) })),
      addDiagram: (id) => set((s) => ({ recentDiagrams: push(s.recentDiagrams, id) })),
    }),
    { name: 'atlas-ui', version: 1 },
  ),
);

import { useSyncExternalStore } from 'react';
import type { StartupIndex } from '../content-schema/index-types';
import { clearPayloads, fetchIndex } from './content-api';

type State = { status: 'loading' } | { status: 'ready'; index: StartupIndex } | { status: 'error'; message: string };

let state: State = { status: 'loading' };
let started = false;
const listeners = new Set<() => void>();

function set(next: State): void {
  state = next;
  listeners.forEach((l) => l());
}

/** Load (or retry loading) the startup index; shared by every view. */
export function loadIndex(): void {
  started = true;
  clearPayloads();
  set({ status: 'loading' });
  fetchIndex().then(
    (index) => set({ status: 'ready', index }),
    (err: unknown) => set({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
  );
}

export function useContentIndex(): State & { retry: () => void } {
  if (!started) loadIndex();
  const s = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
  return { ...s, retry: loadIndex };
}

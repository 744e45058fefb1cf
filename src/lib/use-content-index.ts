import { useEffect, useSyncExternalStore } from 'react';
import type { StartupIndex } from '../content-schema/index-types';
import { mergeLabels, withoutLabels } from '../content-schema/index-split';
import { afterPaint } from './after-paint';
import { clearPayloads, fetchIndex, fetchLabels } from './content-api';

type State = { status: 'loading' } | { status: 'ready'; index: StartupIndex } | { status: 'error'; message: string };

let state: State = { status: 'loading' };
let started = false;
/** The labels fetch of the current index load (see loadLabels). */
let labels: Promise<void> | undefined;
const listeners = new Set<() => void>();

function set(next: State): void {
  state = next;
  listeners.forEach((l) => l());
}

/** Load (or retry loading) the startup index; shared by every view. */
export function loadIndex(): void {
  // A retry may follow a deploy: forget payloads of the old one. The first load keeps the payload a
  // cold-opened diagram link fetched ahead of the index.
  if (started) clearPayloads();
  started = true;
  set({ status: 'loading' });
  labels = undefined;
  fetchIndex().then(
    (index) => {
      set({ status: 'ready', index });
      // Labels only sharpen search (matching component names) and no first view shows them, so
      // they are fetched once that view has painted, or at once when a search asks for them.
      afterPaint(loadLabels);
    },
    (err: unknown) => set({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
  );
}

/**
 * Fetch the labels the startup index leaves out and merge them in (once per index load). If they
 * cannot be had, search goes on without them rather than waiting forever: the index is marked
 * complete with what it has, and the next load of the index tries again.
 */
export function loadLabels(): void {
  if (labels || state.status !== 'ready' || !state.index.partial) return;
  const index = state.index;
  const apply = (next: StartupIndex): void => {
    if (state.status === 'ready' && state.index === index) set({ status: 'ready', index: next });
  };
  labels = fetchLabels().then(
    (l) => apply(mergeLabels(index, l)),
    () => apply(withoutLabels(index)),
  );
}

/** Start loading the index unless it is loading or loaded already. */
export function ensureIndex(): void {
  if (!started) loadIndex();
}

/**
 * The startup index, shared by every view. `start: false` subscribes without starting the download,
 * for a view that can draw first from something smaller (a diagram link from its payload).
 */
export function useContentIndex(start = true): State & { retry: () => void } {
  if (start && !started) loadIndex();
  const s = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
  return { ...s, retry: loadIndex };
}

/**
 * For views that search (the home list, close matches): the index once its node labels are in, asking
 * for them at once; undefined while they load. `wanted: false` returns the index as it is (filters
 * alone never look at labels, so they need not wait).
 */
export function useSearchableIndex(index: StartupIndex, wanted = true): StartupIndex | undefined {
  const waiting = wanted && index.partial === true;
  useEffect(() => {
    if (waiting) loadLabels();
  }, [waiting]);
  return waiting ? undefined : index;
}

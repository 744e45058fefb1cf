import { useEffect } from 'react';
import type { IndexEntry, StartupIndex } from '../../content-schema/index-types';
import { usePayload } from '../../features/diagram-viewer/use-payload';
import { afterPaint } from '../../lib/after-paint';
import { ensureIndex, useContentIndex } from '../../lib/use-content-index';

export type DiagramEntry =
  | { status: 'ready'; entry: IndexEntry; index: StartupIndex | undefined; companyName: string | undefined }
  | { status: 'loading' }
  | { status: 'not-found'; index: StartupIndex }
  | { status: 'index-error'; message: string; retry: () => void };

/**
 * The entry a diagram page shows, from whichever arrives first. A cold-opened link draws from the
 * diagram's own small payload (it carries the entry's index record); the startup index, ~100× larger,
 * is asked for once the payload has painted, so it does not compete with it. Once the index is in it
 * decides: a payload cached by an older deploy cannot resurrect a removed entry.
 */
export function useDiagramEntry(id: string): DiagramEntry {
  const loaded = usePayload(id);
  const idx = useContentIndex(false);
  const settled = loaded.status !== 'loading';
  useEffect(() => {
    if (settled) afterPaint(ensureIndex);
  }, [settled]);
  const index = idx.status === 'ready' ? idx.index : undefined;
  const fromPayload = loaded.status === 'ready' ? loaded.payload : undefined;
  const entry = index ? index.entries.find((e) => e.id === id) : fromPayload?.entry;
  if (!entry) {
    if (idx.status === 'error') return { status: 'index-error', message: idx.message, retry: idx.retry };
    return index ? { status: 'not-found', index } : { status: 'loading' };
  }
  const companyName =
    fromPayload?.companyName ?? (entry.company ? (index?.companies.find((c) => c.id === entry.company)?.name ?? entry.company) : undefined);
  return { status: 'ready', entry, index, companyName };
}

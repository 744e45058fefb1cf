import { useEffect, useState } from 'react';
import type { EntryPayload } from '../../content-schema/index-types';
import { fetchPayload, peekPayload } from '../../lib/content-api';

type State = { status: 'loading' } | { status: 'ready'; payload: EntryPayload } | { status: 'error'; message: string };
type Keyed = State & { key: string };

/**
 * The entry's payload; state is keyed by id + attempt so a new id reads as loading at once.
 * A payload already fetched is used in the very first render, so re-opening a diagram costs
 * no extra render pass.
 */
export function usePayload(id: string): State & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Keyed>({ key: '', status: 'loading' });
  const key = `${id}#${attempt}`;
  const known = peekPayload(id);
  useEffect(() => {
    if (known) return;
    let live = true;
    fetchPayload(id).then(
      (payload) => live && setState({ key, status: 'ready', payload }),
      (e: unknown) => live && setState({ key, status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [id, key, known]);
  const current: State = known ? { status: 'ready', payload: known } : state.key === key ? state : { status: 'loading' };
  return { ...current, retry: () => setAttempt((n) => n + 1) };
}

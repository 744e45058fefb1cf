import { useEffect, useState } from 'react';
import type { EntryPayload } from '../../content-schema/index-types';
import { fetchPayload } from '../../lib/content-api';

type State = { status: 'loading' } | { status: 'ready'; payload: EntryPayload } | { status: 'error'; message: string };
type Keyed = State & { key: string };

/** The entry's payload; state is keyed by id + attempt so a new id reads as loading at once. */
export function usePayload(id: string): State & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Keyed>({ key: '', status: 'loading' });
  const key = `${id}#${attempt}`;
  useEffect(() => {
    let live = true;
    fetchPayload(id).then(
      (payload) => live && setState({ key, status: 'ready', payload }),
      (e: unknown) => live && setState({ key, status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [id, key]);
  const current: State = state.key === key ? state : { status: 'loading' };
  return { ...current, retry: () => setAttempt((n) => n + 1) };
}

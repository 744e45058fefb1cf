import { useEffect, useState } from 'react';
import type { EntryPayload } from '../../content-schema/index-types';
import { fetchPayload } from '../../lib/content-api';

type State = { status: 'loading' } | { status: 'ready'; payload: EntryPayload } | { status: 'error'; message: string };

export function usePayload(id: string): State & { retry: () => void } {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    fetchPayload(id).then(
      (payload) => live && setState({ status: 'ready', payload }),
      (e: unknown) => live && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [id, attempt]);
  return { ...state, retry: () => setAttempt((n) => n + 1) };
}

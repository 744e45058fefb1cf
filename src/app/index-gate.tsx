import type { ReactNode } from 'react';
import type { StartupIndex } from '../content-schema/index-types';
import { useContentIndex } from '../lib/use-content-index';

/** Renders children once the index is loaded; a clear message with retry when it fails. */
export function IndexGate({ children }: { children: (index: StartupIndex) => ReactNode }) {
  const state = useContentIndex();
  if (state.status === 'loading') {
    return (
      <p className="page-status" role="status">
        Loading the diagram index…
      </p>
    );
  }
  if (state.status === 'error') return <IndexError message={state.message} retry={state.retry} />;
  return <>{children(state.index)}</>;
}

export function IndexError({ message, retry }: { message: string; retry: () => void }) {
  return (
    <div className="page-error" role="alert" data-testid="index-error">
      <h1>The diagram index could not be loaded</h1>
      <p>{message}</p>
      <button type="button" data-testid="retry" onClick={retry}>
        Retry
      </button>
    </div>
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import {
  fetchManifest,
  formatBytes,
  offlineStatus,
  offlineSupported,
  saveAll,
  type OfflineManifest,
  type OfflineStatus,
  type SaveProgress,
} from './offline-cache';

/** Status line and "Save all diagrams for offline" with a progress bar. */
export function OfflinePanel() {
  const [manifest, setManifest] = useState<OfflineManifest>();
  const [status, setStatus] = useState<OfflineStatus>();
  const [progress, setProgress] = useState<SaveProgress>();
  const [error, setError] = useState<string>();
  const abort = useRef<AbortController | undefined>(undefined);

  const refresh = useCallback(async (m: OfflineManifest) => setStatus(await offlineStatus(m)), []);

  useEffect(() => {
    if (!offlineSupported()) return;
    let live = true;
    fetchManifest()
      .then(async (m) => {
        if (!live) return;
        setManifest(m);
        await refresh(m);
      })
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
      abort.current?.abort();
    };
  }, [refresh]);

  if (!offlineSupported()) {
    return (
      <section className="offline-panel" data-testid="offline-panel">
        <h2>Offline</h2>
        <p>This browser cannot store diagrams for offline use (no Cache Storage); search still works while the page is open.</p>
      </section>
    );
  }

  const start = async (): Promise<void> => {
    if (!manifest) return;
    const ctrl = new AbortController();
    abort.current = ctrl;
    setError(undefined);
    const result = await saveAll(manifest, setProgress, ctrl.signal);
    abort.current = undefined;
    setProgress(undefined);
    if (result.failed) setError(`${result.failed} file(s) could not be saved; try again when the connection is better.`);
    await refresh(manifest);
  };

  const all = status && status.savedFiles === status.totalFiles;
  return (
    <section className="offline-panel" data-testid="offline-panel" aria-labelledby="offline-h">
      <h2 id="offline-h">Offline</h2>
      <p data-testid="offline-status">
        {status
          ? all
            ? `All ${status.totalFiles} diagram files are saved for offline use (${formatBytes(status.totalBytes)}).`
            : `Saved for offline: ${status.savedFiles} of ${status.totalFiles} files (${formatBytes(status.savedBytes)} of ${formatBytes(status.totalBytes)}). Search and the diagrams you opened work offline; others need “Save all”.`
          : 'Checking what is saved…'}
      </p>
      {status && status.categories.length > 0 && (
        <p className="offline-categories">{status.categories.map((c) => `${c.category} ${c.saved}/${c.total}`).join(' · ')}</p>
      )}
      {progress ? (
        <div className="offline-progress">
          <progress value={progress.done} max={Math.max(1, progress.total)} aria-label="Saving diagrams for offline" />
          <span data-testid="offline-progress">
            {progress.done} of {progress.total} files · {formatBytes(progress.bytes)} of {formatBytes(progress.totalBytes)}
          </span>
          <button type="button" onClick={() => abort.current?.abort()}>
            Stop
          </button>
        </div>
      ) : (
        !all &&
        status && (
          <button type="button" data-testid="save-offline" onClick={() => void start()}>
            Save all diagrams for offline ({formatBytes(status.totalBytes - status.savedBytes)})
          </button>
        )
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

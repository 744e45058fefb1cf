import { useSyncExternalStore } from 'react';

/**
 * Whether a newer deploy is installed and waiting (set by register-sw.ts), and how to switch to it. Kept
 * apart from the service-worker registration so the app shell can show the prompt without importing it.
 */
let waiting = false;
let apply: ((reload?: boolean) => Promise<void>) | undefined;
const listeners = new Set<() => void>();
const subscribe = (l: () => void): (() => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function setUpdateWaiting(applyUpdateFn: (reload?: boolean) => Promise<void>): void {
  apply = applyUpdateFn;
  waiting = true;
  listeners.forEach((l) => l());
}

let offlineReady = false;

/** The app shell and index are cached: this device can now search and open saved diagrams offline. */
export function setOfflineReady(): void {
  offlineReady = true;
  listeners.forEach((l) => l());
}

/** True once the first install has cached the app for offline use (shown once, as a short notice). */
export function useOfflineReady(): boolean {
  return useSyncExternalStore(subscribe, () => offlineReady);
}

/** True once a newer deploy is installed and waiting for this tab to reload. */
export function useUpdateAvailable(): boolean {
  return useSyncExternalStore(subscribe, () => waiting);
}

/** Switch to the waiting deploy and reload the tab (a plain reload if none is waiting). */
export function applyUpdate(): void {
  if (apply && waiting) void apply(true);
  else window.location.reload();
}

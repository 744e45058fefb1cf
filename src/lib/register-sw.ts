import { useSyncExternalStore } from 'react';

/**
 * Register the service worker built by vite-plugin-pwa (production only). A new deploy installs in the
 * background and waits; the open tab then offers "New diagrams available — reload" (useUpdateAvailable)
 * instead of switching files under the user. The tab looks for a new deploy when it regains focus, when
 * it comes back online and every ten minutes, so a tab left open on an incident call still learns of one.
 */
const CHECK_EVERY_MS = 10 * 60 * 1000;

let waiting = false;
let apply: ((reload?: boolean) => Promise<void>) | undefined;
const listeners = new Set<() => void>();

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void import('virtual:pwa-register').then(({ registerSW }) => {
    apply = registerSW({
      immediate: true,
      onNeedRefresh() {
        waiting = true;
        listeners.forEach((l) => l());
      },
      onRegisteredSW(_url, registration) {
        if (!registration) return;
        const check = (): void => void registration.update().catch(() => undefined);
        setInterval(check, CHECK_EVERY_MS);
        document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
        window.addEventListener('online', check);
      },
    });
  });
}

/** True once a newer deploy is installed and waiting for this tab to reload. */
export function useUpdateAvailable(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => waiting,
  );
}

/** Switch to the waiting deploy and reload the tab (a plain reload if none is waiting). */
export function applyUpdate(): void {
  if (apply && waiting) void apply(true);
  else window.location.reload();
}

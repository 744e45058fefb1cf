import { setOfflineReady, setUpdateWaiting } from './update-state';

/**
 * Register the service worker built by vite-plugin-pwa (production only). A new deploy installs in the
 * background and waits; the open tab then offers "New diagrams available — reload" (update-state.ts)
 * instead of switching files under the user. The tab looks for a new deploy when it regains focus, when
 * it comes back online and every ten minutes, so a tab left open on an incident call still learns of one.
 */
const CHECK_EVERY_MS = 10 * 60 * 1000;

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void import('virtual:pwa-register').then(({ registerSW }) => {
    const update = registerSW({
      immediate: true,
      onNeedRefresh() {
        setUpdateWaiting(update);
      },
      onOfflineReady() {
        setOfflineReady();
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

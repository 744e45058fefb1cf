/**
 * Register the service worker built by vite-plugin-pwa (production only). Workbox precaches
 * the app, the index and every diagram payload under one revisioned manifest, so a new deploy
 * is installed whole and then takes over: users never run a mix of old and new files.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void import('virtual:pwa-register').then(({ registerSW }) => {
    registerSW({ immediate: true });
  });
}

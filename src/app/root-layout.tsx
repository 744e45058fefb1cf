import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { HelpDialog } from '../features/help/help-dialog';
import { useResolvedTheme } from '../lib/use-theme';
import { isTypingTarget as typing } from '../lib/keyboard';
import { applyUpdate, useOfflineReady, useUpdateAvailable } from '../lib/update-state';

function useOnline(): boolean {
  return useSyncExternalStore(
    (l) => {
      window.addEventListener('online', l);
      window.addEventListener('offline', l);
      return () => {
        window.removeEventListener('online', l);
        window.removeEventListener('offline', l);
      };
    },
    () => navigator.onLine,
  );
}

/** Focus the search box, waiting for the home route to mount it if we just navigated there. */
function focusSearch(tries = 20): void {
  const el = document.getElementById('atlas-search');
  if (el) {
    el.focus();
    (el as HTMLInputElement).select();
  } else if (tries > 0) requestAnimationFrame(() => focusSearch(tries - 1));
}

export function RootLayout() {
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const { theme, toggle } = useResolvedTheme();
  const [help, setHelp] = useState(false);
  const online = useOnline();
  const updateReady = useUpdateAvailable();
  const offlineReady = useOfflineReady();
  const [offlineNoticeSeen, setOfflineNoticeSeen] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const k = e.key;
      if ((e.ctrlKey || e.metaKey) && k.toLowerCase() === 'k') {
        e.preventDefault();
        if (pathname !== '/') void navigate({ to: '/' });
        focusSearch();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      if (k === '/') {
        e.preventDefault();
        if (pathname !== '/') void navigate({ to: '/' });
        focusSearch();
      } else if (k === '?') {
        e.preventDefault();
        setHelp((h) => !h);
      } else if (k === 't') {
        e.preventDefault();
        toggle();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, pathname, toggle]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link to="/" className="brand" aria-label="Atlas home">
          Atlas
        </Link>
        <nav aria-label="Main">
          <Link to="/" activeOptions={{ exact: true }}>
            Search
          </Link>
          <Link to="/incidents">Incidents</Link>
          <Link to="/status">Status</Link>
        </nav>
        {!online && (
          <span className="offline" role="status" data-testid="offline-indicator">
            Offline — showing cached content
          </span>
        )}
        <span className="spacer" />
        <button
          type="button"
          className="icon-button"
          data-testid="theme-toggle"
          onClick={toggle}
          aria-label={`Switch to ${theme === 'dark' ? 'light' : 'dark'} mode (t)`}
        >
          {theme === 'dark' ? '☀' : '☾'}
        </button>
        <button
          type="button"
          className="icon-button"
          data-testid="help-button"
          onClick={() => setHelp(true)}
          aria-label="Keyboard shortcuts (?)"
        >
          ?
        </button>
      </header>
      {offlineReady && !offlineNoticeSeen && (
        <div className="update-banner" role="status" data-testid="offline-ready">
          Ready to work offline: search and the diagrams you open are kept on this device.{' '}
          <button type="button" onClick={() => setOfflineNoticeSeen(true)}>
            OK
          </button>
        </div>
      )}
      {updateReady && (
        <div className="update-banner" role="status" data-testid="update-banner">
          New diagrams available —{' '}
          <button type="button" data-testid="update-reload" onClick={applyUpdate}>
            reload
          </button>
        </div>
      )}
      <main id="main">
        <Outlet />
      </main>
      <HelpDialog open={help} onClose={() => setHelp(false)} />
    </div>
  );
}

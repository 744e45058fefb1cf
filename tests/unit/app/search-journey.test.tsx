// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadIndex } from '../../../src/lib/use-content-index';
import { useUiStore } from '../../../src/stores/ui-store';
import { fixtureContent, serveContent, type FixtureContent } from './fixture-content';
import { renderApp } from './render-app';

let content: FixtureContent;
beforeAll(async () => {
  content = await fixtureContent();
});
beforeEach(() => {
  localStorage.clear();
  useUiStore.setState({ theme: 'system', recentSearches: [], recentDiagrams: [] });
  serveContent(content);
  loadIndex();
});

describe('search at 3 AM', () => {
  it('a query typed before the node labels arrive waits for them, then matches a component by name', async () => {
    let release: (v: 'ok') => void = () => undefined;
    const held = new Promise<'ok'>((r) => (release = r));
    serveContent(content, { labels: () => held });
    loadIndex();
    renderApp('/');
    const input = await screen.findByTestId('search-input');
    await userEvent.type(input, 'hot partition');
    await waitFor(() => expect(screen.getByTestId('result-count').textContent).toBe('Loading search…'));
    expect(screen.queryAllByTestId('result')).toHaveLength(0);
    act(() => release('ok'));
    const results = await screen.findAllByTestId('result');
    expect(results[0]?.dataset.id).toBe('kafka-lag');
    expect(within(results[0] as HTMLElement).getByText(/matched:/).textContent).toMatch(/Consumer Group has a hot partition/);
  });

  it('if the labels cannot be fetched, search still works on everything else', async () => {
    serveContent(content, { labels: () => Promise.resolve('fail') });
    loadIndex();
    renderApp('/');
    const input = await screen.findByTestId('search-input');
    await userEvent.type(input, 'kafka');
    const results = await screen.findAllByTestId('result');
    expect(results.map((r) => r.dataset.id)).toContain('kafka-lag');
    expect(screen.getByTestId('result-count').textContent).not.toBe('Loading search…');
  });

  it('home focuses the search box and finds a typo as you type, saying why it matched', async () => {
    const { router } = renderApp('/');
    const input = await screen.findByTestId('search-input');
    await waitFor(() => expect(document.activeElement).toBe(input));
    await userEvent.type(input, 'kafak lag');
    const results = await screen.findAllByTestId('result');
    expect(results[0]?.dataset.id).toBe('kafka-lag');
    expect(within(results[0] as HTMLElement).getByText(/matched:/).textContent).toMatch(/title/);
    // The URL follows once typing pauses, so a copied link reopens the same search.
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: 'kafak lag' }));
    expect((input as HTMLInputElement).value).toBe('kafak lag');
  });

  it('arrow keys move the selection, Enter opens it, Esc clears', async () => {
    const { router } = renderApp('/?q=kafka%20s3');
    const input = await screen.findByTestId('search-input');
    await screen.findAllByTestId('result');
    const ids = screen.getAllByTestId('result').map((r) => r.dataset.id);
    expect(ids.length).toBeGreaterThan(1);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    await waitFor(() => expect(screen.getAllByTestId('result')[1]?.getAttribute('aria-selected')).toBe('true'));
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    await waitFor(() => expect(screen.getAllByTestId('result')[0]?.getAttribute('aria-selected')).toBe('true'));
    fireEvent.keyDown(input, { key: 'Escape' });
    await waitFor(() => expect((input as HTMLInputElement).value).toBe(''));
    await userEvent.type(input, 'kafka s3');
    await screen.findAllByTestId('result');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/d/${ids[1]}`));
    // The search is remembered and the opened diagram becomes a recent item.
    expect(useUiStore.getState().recentSearches[0]).toBe('kafka s3');
    expect(useUiStore.getState().recentDiagrams[0]).toBe(ids[1]);
  });

  it('an empty box offers recently opened diagrams one key away', async () => {
    useUiStore.setState({ recentDiagrams: ['s3-outage'], recentSearches: ['kafka'] });
    renderApp('/');
    const results = await screen.findAllByTestId('result');
    expect(results[0]?.dataset.id).toBe('s3-outage');
    expect(screen.getByTestId('recent-searches').textContent).toMatch(/kafka/);
  });

  it('"/" focuses search from a diagram page', async () => {
    const { router } = renderApp('/d/kafka-lag');
    await screen.findByTestId('diagram-title');
    await act(async () => {
      fireEvent.keyDown(window, { key: '/' });
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    await waitFor(() => expect(document.activeElement?.id).toBe('atlas-search'));
  });

  it('"?" opens the shortcut list', async () => {
    renderApp('/status');
    await screen.findByTestId('status-view');
    fireEvent.keyDown(window, { key: '?' });
    const dialog = screen.getByTestId('help-dialog');
    expect(dialog.textContent).toMatch(/Toggle dark mode/);
  });
});

describe('filters live in the URL', () => {
  it('a filter choice is written to the URL with counts, and a URL restores it', async () => {
    const { router, unmount } = renderApp('/?q=outage');
    const select = (await screen.findByTestId('facet-category')) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toContain('incidents (1)');
    fireEvent.change(select, { target: { value: 'incidents' } });
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: 'outage', cat: 'incidents' }));
    await waitFor(() => expect(screen.getAllByTestId('result').map((r) => r.dataset.id)).toEqual(['s3-outage']));
    const href = router.state.location.href;
    unmount();

    renderApp(href);
    const restored = (await screen.findByTestId('facet-category')) as HTMLSelectElement;
    expect(restored.value).toBe('incidents');
    expect(screen.getAllByTestId('result').map((r) => r.dataset.id)).toEqual(['s3-outage']);
  });

  it('invalid params are dropped instead of breaking the page', async () => {
    const { router } = renderApp('/?cat=nonsense&plane=edge&q=cdn');
    await screen.findAllByTestId('result');
    expect(router.state.matches.at(-1)?.search).toMatchObject({ cat: undefined, plane: 'edge', q: 'cdn' });
    expect((screen.getByTestId('facet-plane') as HTMLSelectElement).value).toBe('edge');
  });
});

describe('faults', () => {
  it('an index that fails to load shows a clear message and Retry recovers', async () => {
    let fail = true;
    serveContent(content, { failIndex: () => fail });
    loadIndex();
    renderApp('/');
    expect((await screen.findByTestId('index-error')).textContent).toMatch(/could not be loaded/);
    fail = false;
    fireEvent.click(screen.getByTestId('retry'));
    expect(await screen.findByTestId('search-input')).toBeTruthy();
  });

  it('an unknown diagram id shows not-found with the closest matches', async () => {
    renderApp('/d/kafka-lagging-consumers');
    const nf = await screen.findByTestId('not-found');
    expect(within(nf).getByTestId('suggestions').textContent).toMatch(/Kafka consumer lag/);
  });

  it('an unknown route shows not-found with suggestions', async () => {
    renderApp('/netflix/architecture');
    const nf = await screen.findByTestId('not-found');
    expect(nf.textContent).toMatch(/Page not found/);
    expect((await within(nf).findByTestId('suggestions')).textContent).toMatch(/Netflix/);
  });
});

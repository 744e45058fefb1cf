// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchEngine } from '../../../src/features/search/engine/search-engine';
import { loadIndex } from '../../../src/lib/use-content-index';
import { useUiStore } from '../../../src/stores/ui-store';
import { fixtureContent, serveContent, type FixtureContent } from './fixture-content';
import { renderApp } from './render-app';

// jsdom cannot lay out text, so mermaid's real renderer cannot run here (the browser suite
// renders every diagram for real). The mock records what the wrapper asks for.
const mermaid = vi.hoisted(() => ({
  initialize: vi.fn(),
  render: vi.fn(async (id: string, source: string) => {
    if (source.includes('BROKEN')) throw new Error('Parse error on line 2: unexpected BROKEN');
    return {
      svg: `<svg id="${id}" viewBox="0 0 400 300" width="400" height="300"><g class="node" id="${id}-flowchart-API-1"><rect></rect></g></svg>`,
    };
  }),
}));
vi.mock('mermaid', () => ({ default: mermaid }));

let content: FixtureContent;
beforeAll(async () => {
  content = await fixtureContent();
});
beforeEach(() => {
  localStorage.clear();
  useUiStore.setState({ theme: 'light', recentSearches: [], recentDiagrams: [] });
  mermaid.render.mockClear();
  mermaid.initialize.mockClear();
  serveContent(content);
  loadIndex();
});

describe('diagram viewer', () => {
  it('renders on demand with the plane palette injected and strict security fixed in code', async () => {
    renderApp('/d/netflix-architecture');
    // The first render of the file pays for loading the wrapper and the (mocked) mermaid module: on a
    // loaded 2-core CI machine that alone can take over a second.
    const svgHost = await screen.findByTestId('diagram-svg', {}, { timeout: 10_000 });
    await waitFor(() => expect(svgHost.querySelector('svg')).not.toBeNull(), { timeout: 10_000 });
    const source = mermaid.render.mock.calls[0]?.[1] ?? '';
    expect(source).toMatch(/flowchart LR/);
    expect(source).toMatch(/classDef edge fill:#2563EB,stroke:#1D4ED8/);
    expect(mermaid.initialize).toHaveBeenCalledWith(expect.objectContaining({ securityLevel: 'strict', theme: 'base', darkMode: false }));
  });

  it('shows summary, At 3 AM, sources as links, estimates badge and a text alternative', async () => {
    renderApp('/d/netflix-architecture');
    expect((await screen.findByTestId('at-3am')).textContent).toMatch(/At 3 AM/);
    expect(screen.getByTestId('estimate-badge')).toBeTruthy();
    const link = within(screen.getByTestId('sources')).getByRole('link');
    expect(link.getAttribute('href')).toBe('https://example.org/kafka');
    expect(link.getAttribute('rel')).toMatch(/noopener/);
    const alt = screen.getByTestId('text-alternative');
    expect(alt.textContent).toMatch(/Open Connect CDN — edge plane/);
    expect(alt.textContent).toMatch(/API service → EVCache/);
  });

  it('nodes matching the query are highlighted, ?node= is focused', async () => {
    renderApp('/d/netflix-architecture?q=api&node=API');
    const host = await screen.findByTestId('diagram-svg');
    await waitFor(() => expect(host.querySelector('.atlas-hl')).not.toBeNull());
    expect(host.querySelector('.atlas-focus')?.id).toMatch(/flowchart-API-1$/);
  });

  it('zoom buttons change the transform', async () => {
    renderApp('/d/kafka-lag');
    const canvas = await screen.findByTestId('canvas');
    await waitFor(() => expect(canvas.dataset.scale).toBeDefined());
    const before = Number(canvas.dataset.scale);
    fireEvent.click(screen.getByTestId('zoom-in'));
    await waitFor(() => expect(Number(canvas.dataset.scale)).toBeGreaterThan(before));
    const zoomed = Number(canvas.dataset.scale);
    fireEvent.keyDown(window, { key: '-' });
    await waitFor(() => expect(Number(canvas.dataset.scale)).toBeLessThan(zoomed));
  });

  it('a diagram that fails to render shows mermaid’s message and the source; the app keeps working', async () => {
    serveContent(content, { payload: (p) => ({ ...p, source: 'flowchart LR\n  BROKEN -->' }) });
    renderApp('/d/kafka-lag');
    const card = await screen.findByTestId('render-error');
    expect(card.textContent).toMatch(/Parse error on line 2/);
    expect(card.textContent).toMatch(/BROKEN -->/);
    expect(screen.getByTestId('theme-toggle')).toBeTruthy();
    expect(screen.getByTestId('at-3am')).toBeTruthy();
  });

  it('f presents fullscreen with the position in the URL; → steps through the result list; Esc leaves', async () => {
    // The deck is the result list of the query, in the engine's order.
    const order = new SearchEngine(content.index.entries, content.index.companies, content.index.symptoms)
      .search('kafka s3')
      .map((h) => h.id);
    expect(order).toHaveLength(2);
    const { router } = renderApp(`/d/${order[0]}?q=kafka%20s3&seq=results`);
    await screen.findAllByTestId('diagram-svg');
    fireEvent.keyDown(window, { key: 'f' });
    await waitFor(() => expect(router.state.location.search).toMatchObject({ fs: true, seq: 'results' }));
    expect(screen.getByTestId('viewer').dataset.fullscreen).toBe('true');
    // A cold link draws before the index is in; the deck's position shows once it (and its labels) arrive.
    await waitFor(() => expect(screen.getByTestId('sequence-position').textContent).toMatch(/1 \/ 2/));
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/d/${order[1]}`));
    expect(router.state.location.search).toMatchObject({ fs: true, step: 1 });
    expect(screen.getByTestId('sequence-position').textContent).toMatch(/2 \/ 2/);
    fireEvent.keyDown(window, { key: 'Escape' });
    await waitFor(() => expect(router.state.location.search.fs).toBeUndefined());
  });

  it('t switches to dark: the open diagram re-renders with the dark theme and the choice persists', async () => {
    renderApp('/d/kafka-lag');
    await waitFor(() => expect(screen.getByTestId('diagram-svg').querySelector('svg')).not.toBeNull());
    expect(screen.getByTestId('diagram-svg').dataset.theme).toBe('light');
    fireEvent.keyDown(window, { key: 't' });
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    await waitFor(() =>
      expect(mermaid.initialize).toHaveBeenLastCalledWith(
        expect.objectContaining({ theme: 'base', darkMode: true, themeVariables: expect.objectContaining({ darkMode: true }) }),
      ),
    );
    await waitFor(() => expect(screen.getByTestId('diagram-svg').dataset.theme).toBe('dark'));
    expect(JSON.parse(localStorage.getItem('atlas-ui') ?? '{}').state.theme).toBe('dark');
  });
});

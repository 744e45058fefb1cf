// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadIndex } from '../../../src/lib/use-content-index';
import { fixtureContent, serveContent, type FixtureContent } from './fixture-content';
import { renderApp } from './render-app';

let content: FixtureContent;
beforeAll(async () => {
  content = await fixtureContent();
});
beforeEach(() => {
  serveContent(content);
  loadIndex();
});

describe('company view', () => {
  it('shows the eight kinds in order, missing ones as missing, and presents all', async () => {
    const { router } = renderApp('/company/netflix');
    const view = await screen.findByTestId('company-view');
    expect(within(view).getByTestId('kind-architecture').textContent).toMatch(/Netflix architecture in four planes/);
    expect(within(view).getByTestId('kind-storage').textContent).toMatch(/Not written yet/);
    fireEvent.click(screen.getByTestId('present-all'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/d/netflix-architecture'));
    expect(router.state.location.search).toMatchObject({ fs: true, seq: 'company', step: 0 });
  });
});

describe('incident quick index', () => {
  it('starts from a symptom found by synonym and lands on guides and incidents', async () => {
    const { router } = renderApp('/incidents');
    const filter = await screen.findByTestId('symptom-filter');
    fireEvent.change(filter, { target: { value: 'backlog' } });
    expect(screen.getByTestId('symptom-list').textContent).toMatch(/Queue backlog/);
    expect(screen.getByTestId('symptom-list').textContent).not.toMatch(/Region outage/);
    fireEvent.change(filter, { target: { value: '' } });
    fireEvent.click(screen.getByTestId('symptom-region-outage'));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ sym: 'region-outage' }));
    expect(screen.getByTestId('symptom-results').textContent).toMatch(/S3 outage/);
    expect(screen.getByTestId('by-year').textContent).toMatch(/2017 \(1\)/);
    expect(screen.getByTestId('by-kind').textContent).toMatch(/human-error \(1\)/);
  });
});

describe('status page', () => {
  it('shows coverage against targets, gate results and the systems matrix', async () => {
    renderApp('/status');
    await screen.findByTestId('status-view');
    expect(screen.getByTestId('coverage-incidents').textContent).toMatch(/incidents1100/);
    expect(screen.getByTestId('gate-parses').textContent).toMatch(/30$/);
    const matrix = screen.getByTestId('systems-matrix');
    expect(within(matrix).getByLabelText('Netflix architecture: written')).toBeTruthy();
    expect(within(matrix).getByLabelText('Netflix storage: missing')).toBeTruthy();
  });
});

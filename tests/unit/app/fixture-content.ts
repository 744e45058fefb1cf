import { join } from 'node:path';
import { vi } from 'vitest';
import { buildContent } from '../../../scripts/content/build';
import { splitIndex } from '../../../src/content-schema/index-split';
import type { EntryPayload, StartupIndex } from '../../../src/content-schema/index-types';

export interface FixtureContent {
  index: StartupIndex;
  payloads: Map<string, EntryPayload>;
}

let cached: Promise<FixtureContent> | undefined;

/** The fixture data folder built through the real content build (once per test file). */
export function fixtureContent(): Promise<FixtureContent> {
  cached ??= buildContent({
    dataDir: join(import.meta.dirname, '..', '..', '..', 'scripts', 'content', '__fixtures__', 'valid'),
    workers: 1,
  }).then((r) => {
    if (!r.index) throw new Error(`fixture build failed: ${r.problems.map((p) => p.message).join('; ')}`);
    return { index: r.index, payloads: new Map(r.payloads.map((p) => [p.id, p])) };
  });
  return cached;
}

/** Serve the fixture content through a stubbed fetch; `fail` makes the index request fail. */
export function serveContent(
  content: FixtureContent,
  opts: {
    failIndex?: () => boolean;
    payload?: (p: EntryPayload) => EntryPayload;
    /** Decides when (and whether) the labels file is served: resolves 'fail' for a network error. */
    labels?: () => Promise<'ok' | 'fail'>;
  } = {},
) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    // Served as the build writes it for the app: the startup half, then the labels (index-split.ts).
    if (url.endsWith('/content/startup.json')) {
      if (opts.failIndex?.()) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(splitIndex(content.index).startup), { status: 200 });
    }
    if (url.endsWith('/content/labels.json')) {
      if ((await opts.labels?.()) === 'fail') throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(splitIndex(content.index).labels), { status: 200 });
    }
    const m = /\/content\/d\/([^/]+)\.json$/.exec(url);
    const p = m ? content.payloads.get(decodeURIComponent(m[1] ?? '')) : undefined;
    if (p) return new Response(JSON.stringify(opts.payload ? opts.payload(p) : p), { status: 200 });
    return new Response('not found', { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

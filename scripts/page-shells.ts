/**
 * One HTML shell per diagram, `dist/d/<id>.html`: the app's own index.html with that diagram's title and
 * summary in <title>, the description and og:title/og:description. Chat tools that unfurl a pasted link
 * do not run scripts, so without these every Atlas link would read "Atlas — how systems are built…".
 * The server maps /d/<id> to the shell (deploy/nginx/atlas.conf); the app itself is unchanged.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import type { EntryPayload, StartupIndex } from '../src/content-schema/index-types';
import { prerenderedPath } from '../src/content-schema/source-hash';
import { basePath } from './base-path';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(ROOT, process.env.ATLAS_DIST ?? 'dist');
/** The base path the build was made for (see vite.config.ts). */
const BASE = basePath();

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function shellFor(html: string, title: string, description: string): string {
  const t = escape(`${title} · Atlas`);
  const d = escape(description);
  const tags = `<meta property="og:title" content="${t}" />\n    <meta property="og:description" content="${d}" />\n    <meta property="og:type" content="article" />`;
  return html
    .replace(/<title>[^<]*<\/title>/, `<title>${t}</title>\n    ${tags}`)
    .replace(/(<meta\s+name="description"\s+content=")[^"]*(")/, `$1${d}$2`);
}

const INDEX_PRELOAD = /<link rel="preload" href="([^"]*)content\/startup\.json"[^>]*>/;

/**
 * What a diagram link needs first, as preloads in its shell: the diagram route's code, the diagram's
 * payload and its pre-rendered SVG (light or dark, as the system asks), all fetched alongside the app
 * script instead of one after another. The startup index is not preloaded here: the page draws
 * without it and asks for it afterwards (src/app/routes/diagram-route.tsx).
 */
export function withDiagramPreloads(html: string, id: string, routeChunks: string[], svgs: { light?: string; dark?: string }): string {
  return html.replace(INDEX_PRELOAD, (_m, base: string) => {
    const links = [
      ...routeChunks
        .filter((f) => !html.includes(`${base}${f}"`))
        .map((f) => `<link rel="modulepreload" crossorigin href="${base}${f}" />`),
      `<link rel="preload" href="${base}content/d/${encodeURIComponent(id)}.json" as="fetch" crossorigin="anonymous" />`,
      ...(['light', 'dark'] as const).flatMap((theme) => {
        const svg = svgs[theme];
        return svg
          ? [
              `<link rel="preload" href="${base}content/${svg}" as="fetch" crossorigin="anonymous" media="(prefers-color-scheme: ${theme})" />`,
            ]
          : [];
      }),
    ];
    return links.join('\n    ');
  });
}

/** The lazy diagram route's chunk and the chunks it imports, from Vite's build manifest. */
async function diagramRouteChunks(): Promise<string[]> {
  type Chunk = { file: string; imports?: string[]; isEntry?: boolean };
  const manifest = JSON.parse(await readFile(join(DIST, '.vite', 'manifest.json'), 'utf8').catch(() => '{}')) as Record<string, Chunk>;
  const root = manifest['src/app/routes/diagram-route.tsx'];
  if (!root) return [];
  const out = new Set<string>([root.file]);
  // The app entry and what it imports are in index.html already.
  for (const key of root.imports ?? []) {
    const c = manifest[key];
    if (c && !c.isEntry) out.add(c.file);
  }
  return [...out];
}

async function main(): Promise<void> {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const index = JSON.parse(await readFile(join(DIST, 'content', 'index.json'), 'utf8')) as StartupIndex;
  const chunks = await diagramRouteChunks();
  await rm(join(DIST, 'd'), { recursive: true, force: true });
  await mkdir(join(DIST, 'd'), { recursive: true });
  await Promise.all(
    index.entries.map(async (e) => {
      const payload = JSON.parse(await readFile(join(DIST, 'content', 'd', `${e.id}.json`), 'utf8')) as EntryPayload;
      const svg = (theme: 'light' | 'dark'): string | undefined => {
        const path = prerenderedPath(payload.source, theme);
        return existsSync(join(DIST, 'content', path)) ? path : undefined;
      };
      const page = withDiagramPreloads(shellFor(html, e.title, e.summary), e.id, chunks, { light: svg('light'), dark: svg('dark') });
      await writeFile(join(DIST, 'd', `${e.id}.html`), page);
    }),
  );
  // The OpenSearch description names absolute paths: point them at the base the site is served under.
  const osd = join(DIST, 'opensearch.xml');
  const xml = await readFile(osd, 'utf8').catch(() => undefined);
  if (xml !== undefined && BASE !== '/')
    await writeFile(osd, xml.replace(/(template|href)="\/(?!\/)/g, `$1="${BASE}`).replace(/>\/(?!\/)/g, `>${BASE}`));
  console.error(`page shells: ${index.entries.length} written to ${DIST}/d/`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  });
}

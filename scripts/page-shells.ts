/**
 * One HTML shell per diagram, `dist/d/<id>.html`: the app's own index.html with that diagram's title and
 * summary in <title>, the description and og:title/og:description. Chat tools that unfurl a pasted link
 * do not run scripts, so without these every Atlas link would read "Atlas — how systems are built…".
 * The server maps /d/<id> to the shell (deploy/nginx/atlas.conf); the app itself is unchanged.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StartupIndex } from '../src/content-schema/index-types';
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

async function main(): Promise<void> {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const index = JSON.parse(await readFile(join(DIST, 'content', 'index.json'), 'utf8')) as StartupIndex;
  await rm(join(DIST, 'd'), { recursive: true, force: true });
  await mkdir(join(DIST, 'd'), { recursive: true });
  await Promise.all(index.entries.map((e) => writeFile(join(DIST, 'd', `${e.id}.html`), shellFor(html, e.title, e.summary))));
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

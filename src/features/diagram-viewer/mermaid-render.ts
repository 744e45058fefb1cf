/**
 * The only code in the app that touches mermaid. Security settings are fixed here, not
 * configurable by content: strict level (no click callbacks, sanitised labels), every config key
 * that changes rendering on mermaid's secure list, and in-diagram config (frontmatter, directives)
 * stripped before mermaid sees the source — the build rejects both; this is the second line.
 */
import type { Mermaid } from 'mermaid';
import { prerenderedPath } from '../../content-schema/source-hash';
import { planeClassDefs } from '../../content-schema/taxonomy';
import { CONTENT_BASE } from '../../lib/content-api';
import { themeVariables } from './atlas-theme';

export type DiagramTheme = 'light' | 'dark';

let loader: Promise<Mermaid> | undefined;
let configuredTheme: DiagramTheme | undefined;
// mermaid keeps global state while rendering: run renders one at a time.
let queue: Promise<unknown> = Promise.resolve();
let counter = 0;
// Element ids must be unique on the page, including against pre-rendered SVGs from another session.
const session = Math.random().toString(36).slice(2, 8);

function loadMermaid(): Promise<Mermaid> {
  loader ??= import('mermaid').then((m) => m.default);
  return loader;
}

/**
 * Keys content must never change, on top of mermaid's own secure list (which is kept, not replaced):
 * anything that turns on HTML labels, injects CSS, or changes theme, fonts, layout or limits.
 */
const EXTRA_SECURE_KEYS = [
  'theme',
  'themeVariables',
  'themeCSS',
  'darkMode',
  'fontFamily',
  'altFontFamily',
  'fontSize',
  'htmlLabels',
  'markdownAutoWrap',
  'flowchart',
  'sequence',
  'timeline',
  'gantt',
  'class',
  'state',
  'er',
  'journey',
  'look',
  'layout',
  'elk',
  'handDrawnSeed',
  'dompurifyConfig',
  'arrowMarkerAbsolute',
  'deterministicIds',
  'deterministicIDSeed',
  'wrap',
  'legacyMathML',
  'forceLegacyMathML',
];

/** Remove in-diagram config: a leading `---` frontmatter block and every `%%{ … }%%` directive. */
export function stripInDiagramConfig(source: string): string {
  let out = source.replace(/%%\{[\s\S]*?\}%%/g, '');
  const m = /^\s*---[ \t]*\n[\s\S]*?\n[ \t]*---[ \t]*(?:\n|$)/.exec(out);
  if (m) out = out.slice(m[0].length);
  return out;
}

/**
 * Neutralise what the build forbids, in case a source reaches the renderer without passing it (an edited
 * payload, a future bug): style statements, links and click handlers are dropped, coloured sequence
 * `rect`/`box` lose their colour. Line-based, like mermaid's own statements, plus `;`-chained ones.
 */
export function neutralizeSource(source: string): string {
  const FORBIDDEN = /^\s*(?:classDef|style|linkStyle|click|link|links)\b/;
  return stripInDiagramConfig(source)
    .split('\n')
    .filter((line) => !FORBIDDEN.test(line))
    .map((line) =>
      line
        .replace(/;\s*(?:classDef|style|linkStyle|click)\b[^;\n]*/g, '')
        .replace(/^(\s*)rect\b.*$/, '$1rect rgba(128, 128, 128, 0.12)')
        .replace(/^(\s*)box\s+(?:#[0-9a-fA-F]{3,8}|(?:rgb|rgba|hsl|hsla)\([^)]*\)|[a-zA-Z]+(?=\s))\s*/, (m, indent: string) =>
          /^\s*box\s+(?:#|rgb|rgba|hsl|hsla|aqua|black|blue|fuchsia|gray|grey|green|lime|maroon|navy|olive|orange|purple|red|silver|teal|white|yellow|pink|transparent)\b/i.test(
            m,
          )
            ? `${indent}box `
            : m,
        ),
    )
    .join('\n');
}

/**
 * Remove from a rendered SVG anything that can navigate, embed or run: `<a>` wrappers (their content is
 * kept), foreign objects, external images, event-handler attributes and non-fragment hrefs.
 */
export function sanitizeSvg(svg: string): string {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg') return svg;
  for (const a of [...root.querySelectorAll('a')]) a.replaceWith(...a.childNodes);
  for (const el of [...root.querySelectorAll('foreignObject, iframe, object, embed, script')]) el.remove();
  for (const el of [...root.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      const isHref = name === 'href' || name === 'xlink:href';
      if (name.startsWith('on') || (isHref && !attr.value.startsWith('#') && !attr.value.startsWith('data:image/')))
        el.removeAttribute(attr.name);
    }
    if (el.nodeName === 'image' && !el.getAttribute('href') && !el.getAttribute('xlink:href')) el.remove();
  }
  return new XMLSerializer().serializeToString(root);
}

/** Above this many characters of source, drawing in the browser can pause the tab: ask first. */
export const LARGE_SOURCE_CHARS = 8_000;

/** Thrown by loadSvg for a large diagram with no pre-rendered copy, until the user asks to draw it. */
export class LargeDiagramError extends Error {
  constructor(readonly chars: number) {
    super(`large diagram (${chars} characters of source)`);
  }
}

function configure(mermaid: Mermaid, theme: DiagramTheme): void {
  if (configuredTheme === theme) return;
  // Kept, not replaced: mermaid's own list (read at run time, so a new mermaid's additions stay secure).
  const defaults = mermaid.mermaidAPI?.defaultConfig?.secure ?? [];
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    // Atlas's own palette on mermaid's neutral base theme (readable text on every fill, see atlas-theme.ts).
    theme: 'base',
    themeVariables: themeVariables(theme),
    darkMode: theme === 'dark',
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    // Labels as SVG text, not HTML in <foreignObject>: no content-supplied HTML reaches the DOM,
    // and exported SVGs stay plain XML. Mermaid 11 reads the global flag (flowchart.htmlLabels
    // alone is ignored), so set both.
    htmlLabels: false,
    flowchart: { htmlLabels: false, useMaxWidth: false },
    sequence: { useMaxWidth: false },
    timeline: { useMaxWidth: false },
    gantt: { useMaxWidth: false },
    // Directives in content are rejected by the build and stripped below; this keeps any that slip through harmless.
    secure: [...new Set([...defaults, 'secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'maxEdges', ...EXTRA_SECURE_KEYS])],
    maxTextSize: 100_000,
  });
  configuredTheme = theme;
}

/** Flowcharts get the plane palette as classDefs; other diagram types do not support them. */
export function withPalette(source: string): string {
  const header = source.trimStart().split('\n')[0] ?? '';
  return /^(flowchart|graph)\b/.test(header) ? `${source}\n${planeClassDefs()}` : source;
}

const cache = new Map<string, string>();

export function cachedSvg(key: string, theme: DiagramTheme): string | undefined {
  return cache.get(`${theme}\0${key}`);
}

/** Render a diagram to an SVG string; results are cached per diagram and theme. */
export function renderSvg(key: string, source: string, theme: DiagramTheme): Promise<string> {
  const hit = cache.get(`${theme}\0${key}`);
  if (hit) return Promise.resolve(hit);
  const job = queue.then(async () => {
    const mermaid = await loadMermaid();
    configure(mermaid, theme);
    const elementId = `atlas-mmd-${session}-${++counter}`;
    try {
      const { svg: drawn } = await mermaid.render(elementId, withPalette(neutralizeSource(source)));
      const svg = sanitizeSvg(drawn);
      cache.set(`${theme}\0${key}`, svg);
      return svg;
    } finally {
      // mermaid leaves a scratch element behind when rendering fails.
      document.getElementById(`d${elementId}`)?.remove();
      document.getElementById(elementId)?.remove();
    }
  });
  queue = job.catch(() => undefined);
  return job;
}

/**
 * The SVG for a diagram: from the cache, else the copy pre-rendered at build time (no mermaid
 * needed at all), else rendered by mermaid now. Pre-rendered files are keyed by the source's
 * hash, so they can never stand in for a different source.
 */
export async function loadSvg(key: string, source: string, theme: DiagramTheme, allowLarge = false): Promise<string> {
  const hit = cache.get(`${theme}\0${key}`);
  if (hit) return hit;
  try {
    const res = await fetch(`${CONTENT_BASE}/${prerenderedPath(source, theme)}`);
    const text = res.ok ? await res.text() : '';
    if (text.startsWith('<svg')) {
      cache.set(`${theme}\0${key}`, text);
      return text;
    }
  } catch {
    // Offline and not cached, or not pre-rendered: mermaid draws it.
  }
  if (!allowLarge && source.length > LARGE_SOURCE_CHARS) throw new LargeDiagramError(source.length);
  return renderSvg(key, source, theme);
}

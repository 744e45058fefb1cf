/**
 * The only code in the app that touches mermaid. Security settings are fixed here, not
 * configurable by content: strict level (no click callbacks, sanitised labels) and no
 * `%%{init}%%` directives honoured beyond theme variables we set ourselves.
 */
import type { Mermaid } from 'mermaid';
import { planeClassDefs } from '../../content-schema/taxonomy';

export type DiagramTheme = 'light' | 'dark';

let loader: Promise<Mermaid> | undefined;
let configuredTheme: DiagramTheme | undefined;
// mermaid keeps global state while rendering: run renders one at a time.
let queue: Promise<unknown> = Promise.resolve();
let counter = 0;

function loadMermaid(): Promise<Mermaid> {
  loader ??= import('mermaid').then((m) => m.default);
  return loader;
}

function configure(mermaid: Mermaid, theme: DiagramTheme): void {
  if (configuredTheme === theme) return;
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme: theme === 'dark' ? 'dark' : 'default',
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    // Labels as SVG text, not HTML in <foreignObject>: no content-supplied HTML reaches the DOM,
    // and exported SVGs stay plain XML. Mermaid 11 reads the global flag (flowchart.htmlLabels
    // alone is ignored), so set both.
    htmlLabels: false,
    flowchart: { htmlLabels: false, useMaxWidth: false },
    sequence: { useMaxWidth: false },
    timeline: { useMaxWidth: false },
    gantt: { useMaxWidth: false },
    // Directives in content are rejected by the build; this keeps any that slip through harmless.
    secure: ['secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'theme', 'themeVariables', 'flowchart', 'fontFamily'],
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
    const elementId = `atlas-mmd-${++counter}`;
    try {
      const { svg } = await mermaid.render(elementId, withPalette(source));
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

/** Warm the mermaid chunk without rendering (e.g. on hover of a result). */
export function preloadMermaid(): void {
  void loadMermaid();
}

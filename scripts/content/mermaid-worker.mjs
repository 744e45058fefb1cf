// Worker thread: parses mermaid blocks with the real mermaid package inside a jsdom window
// (mermaid needs DOMPurify, which needs a DOM) and extracts the graph for search and planes.
// Plain JS so it runs in a worker without a TypeScript loader.
import { parentPort } from 'node:worker_threads';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
globalThis.window = dom.window;
globalThis.document = dom.window.document;
// Globals mermaid reaches for outside `window` (sequence `box` colours use `new Option()`); without them
// valid diagrams were rejected with "Option is not defined".
for (const name of ['Option', 'Element', 'HTMLElement', 'SVGElement', 'Node', 'DOMParser', 'XMLSerializer', 'navigator']) {
  if (!(name in globalThis) && name in dom.window) globalThis[name] = dom.window[name];
}
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

function clean(text) {
  return (
    String(text ?? '')
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<\/?(b|i|small)>/gi, '')
      // mermaid encodes `#58;`-style entities as ﬂ°°58¶ß internally; decode both forms.
      .replace(/ﬂ°°(\d+)¶ß/g, (_, n) => String.fromCodePoint(Number(n)))
      .replace(/#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Decode every entity form a label can carry, so checks see what the renderer would see. */
function decode(text) {
  return String(text ?? '')
    .replace(/ﬂ°°(\d+)¶ß/g, (_, n) => safeChar(Number(n)))
    .replace(/&#x([0-9a-f]+);?/gi, (_, n) => safeChar(parseInt(n, 16)))
    .replace(/&#(\d+);?/g, (_, n) => safeChar(Number(n)))
    .replace(/#(\d+);/g, (_, n) => safeChar(Number(n)))
    .replace(/&(lt|gt|amp|quot|apos);/g, (_, n) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[n]);
}
function safeChar(n) {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
}

const COLOUR_WORD =
  /^(?:#[0-9a-f]{3,8}\b|(?:rgb|rgba|hsl|hsla)\s*\(|(?:aqua|black|blue|fuchsia|gray|grey|green|lime|maroon|navy|olive|orange|purple|red|silver|teal|white|yellow|pink|transparent)\b)/i;

/**
 * What the parsed diagram says about styling, links, images and size — read from mermaid's own model so
 * that no spelling of the source (`;` chains, line breaks, entities) can hide it from the checks.
 */
function inspect(db, nodes) {
  const styles = [];
  const links = [];
  const images = [];
  let depth = 0;
  if (typeof db.getVertices === 'function') {
    const vertices = db.getVertices();
    for (const v of vertices instanceof Map ? vertices.values() : Object.values(vertices)) {
      if (v.styles?.length) styles.push(`style ${v.id}`);
      if (v.link) links.push(`${v.id} → ${v.link}`);
      if (v.img) images.push(`${v.id} → ${v.img}`);
    }
    for (const e of db.getEdges() ?? []) if (e.style?.length) styles.push(`linkStyle on ${e.start}→${e.end}`);
    const defaultStyle = db.getEdges()?.defaultStyle;
    if (defaultStyle?.length) styles.push('linkStyle default');
    const subgraphs = db.getSubGraphs?.() ?? [];
    const byId = new Map(subgraphs.map((g) => [g.id, g]));
    const memo = new Map();
    const depthOf = (g, seen) => {
      if (memo.has(g.id)) return memo.get(g.id);
      if (seen.has(g.id)) return 0;
      seen.add(g.id);
      let d = 1;
      for (const n of g.nodes ?? []) {
        const child = byId.get(n);
        if (child) d = Math.max(d, 1 + depthOf(child, seen));
      }
      memo.set(g.id, d);
      return d;
    };
    for (const g of subgraphs) depth = Math.max(depth, depthOf(g, new Set()));
  }
  const classes = db.getClasses?.();
  if (classes)
    for (const [name, c] of classes instanceof Map ? classes.entries() : Object.entries(classes)) {
      if (c?.styles?.length || c?.textStyles?.length) styles.push(`classDef ${name}`);
    }
  if (typeof db.getActors === 'function') {
    const actors = db.getActors();
    for (const a of actors instanceof Map ? actors.values() : Object.values(actors)) {
      for (const url of Object.values(a.links ?? {})) links.push(`${a.name} → ${url}`);
    }
    for (const b of db.getBoxes?.() ?? []) {
      if ((b.fill && b.fill !== 'transparent') || COLOUR_WORD.test(String(b.name ?? '')))
        styles.push(`coloured box ${b.name ?? ''}`.trim());
    }
    // RECT_START carries the rectangle's colour as its message.
    const RECT_START = db.LINETYPE?.RECT_START ?? 22;
    for (const m of db.getMessages() ?? []) if (m.type === RECT_START) styles.push(`rect ${m.message ?? ''}`.trim());
  }
  if (typeof db.getStates === 'function') {
    const states = db.getStates();
    for (const s of states instanceof Map ? states.values() : Object.values(states)) {
      if (s?.styles?.length) styles.push(`style ${s.id}`);
    }
  }
  const tooLong = nodes.reduce((m, n) => Math.max(m, n.raw.length), 0);
  return { styles, links, images, depth, longestLabel: tooLong };
}

function extract(diagram, type) {
  const db = diagram.db;
  const nodes = [];
  const edges = [];
  if (typeof db.getVertices === 'function') {
    const vertices = db.getVertices();
    const list = vertices instanceof Map ? [...vertices.values()] : Object.values(vertices);
    for (const v of list) {
      // All classes, not only planes: the checks also need `event` and any unknown class.
      nodes.push({ id: v.id, label: clean(v.text ?? v.id), raw: decode(v.text ?? ''), classes: [...(v.classes ?? [])] });
    }
    for (const e of db.getEdges() ?? []) edges.push({ from: e.start, to: e.end, label: clean(e.text) || undefined, raw: decode(e.text) });
  } else if (typeof db.getActors === 'function') {
    const actors = db.getActors();
    const list = actors instanceof Map ? [...actors.values()] : Object.values(actors);
    for (const a of list) nodes.push({ id: a.name, label: clean(a.description ?? a.name), raw: decode(a.description ?? ''), classes: [] });
    for (const m of db.getMessages() ?? []) {
      if (m.from && m.to) edges.push({ from: m.from, to: m.to, label: clean(m.message) || undefined, raw: decode(m.message) });
    }
  } else if (typeof db.getSections === 'function' && type === 'timeline') {
    let i = 0;
    for (const s of db.getSections()) nodes.push({ id: `s${i++}`, label: clean(s), raw: decode(s), classes: [] });
    for (const t of db.getTasks?.() ?? []) {
      nodes.push({ id: `t${i++}`, label: clean(t.task), raw: decode(t.task), classes: [] });
      for (const ev of t.events ?? []) nodes.push({ id: `e${i++}`, label: clean(ev), raw: decode(ev), classes: [] });
    }
  } else if (typeof db.getStates === 'function') {
    const states = db.getStates();
    const list = states instanceof Map ? [...states.entries()] : Object.entries(states);
    for (const [id, s] of list)
      nodes.push({ id, label: clean(s.descriptions?.join(' ') || id), raw: decode(s.descriptions?.join(' ') ?? ''), classes: [] });
  } else if (typeof db.getTasks === 'function') {
    let i = 0;
    for (const t of db.getTasks()) nodes.push({ id: t.id ?? `t${i++}`, label: clean(t.task), raw: decode(t.task), classes: [] });
  }
  const facts = inspect(db, [...nodes, ...edges.map((e) => ({ raw: e.raw ?? '' }))]);
  // Raw labels only travel when they hold markup, to keep the parse cache small.
  const markup = [...nodes, ...edges].map((n) => n.raw ?? '').filter((r) => /<|javascript:/i.test(r));
  for (const n of nodes) delete n.raw;
  for (const e of edges) delete e.raw;
  return { nodes, edges, ...facts, markup };
}

// Diagram databases are module-level singletons in mermaid: parse strictly one at a time.
let chain = Promise.resolve();
parentPort.on('message', (msg) => {
  chain = chain.then(() => handle(msg));
});

async function handle({ key, text }) {
  try {
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const type = diagram.type;
    const facts = extract(diagram, type);
    parentPort.postMessage({ key, ok: true, type, ...facts });
  } catch (err) {
    const hash = err && err.hash;
    const line = hash && hash.loc ? hash.loc.first_line : hash && typeof hash.line === 'number' ? hash.line + 1 : undefined;
    const message = String((err && err.message) || err)
      .split('\n')
      .slice(0, 4)
      .join('\n');
    parentPort.postMessage({ key, ok: false, error: { message, line } });
  }
}
parentPort.postMessage({ ready: true, version: mermaid.version ?? null });

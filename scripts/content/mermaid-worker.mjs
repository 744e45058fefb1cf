// Worker thread: parses mermaid blocks with the real mermaid package inside a jsdom window
// (mermaid needs DOMPurify, which needs a DOM) and extracts the graph for search and planes.
// Plain JS so it runs in a worker without a TypeScript loader.
import { parentPort } from 'node:worker_threads';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
globalThis.window = dom.window;
globalThis.document = dom.window.document;
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

function extract(diagram, type) {
  const db = diagram.db;
  const nodes = [];
  const edges = [];
  if (typeof db.getVertices === 'function') {
    const vertices = db.getVertices();
    const list = vertices instanceof Map ? [...vertices.values()] : Object.values(vertices);
    for (const v of list) {
      // All classes, not only planes: the checks also need `event` and any unknown class.
      nodes.push({ id: v.id, label: clean(v.text ?? v.id), classes: [...(v.classes ?? [])] });
    }
    for (const e of db.getEdges() ?? []) edges.push({ from: e.start, to: e.end, label: clean(e.text) || undefined });
  } else if (typeof db.getActors === 'function') {
    const actors = db.getActors();
    const list = actors instanceof Map ? [...actors.values()] : Object.values(actors);
    for (const a of list) nodes.push({ id: a.name, label: clean(a.description ?? a.name), classes: [] });
    for (const m of db.getMessages() ?? []) {
      if (m.from && m.to) edges.push({ from: m.from, to: m.to, label: clean(m.message) || undefined });
    }
  } else if (typeof db.getSections === 'function' && type === 'timeline') {
    let i = 0;
    for (const s of db.getSections()) nodes.push({ id: `s${i++}`, label: clean(s), classes: [] });
    for (const t of db.getTasks?.() ?? []) {
      nodes.push({ id: `t${i++}`, label: clean(t.task), classes: [] });
      for (const ev of t.events ?? []) nodes.push({ id: `e${i++}`, label: clean(ev), classes: [] });
    }
  } else if (typeof db.getStates === 'function') {
    const states = db.getStates();
    const list = states instanceof Map ? [...states.entries()] : Object.entries(states);
    for (const [id, s] of list) nodes.push({ id, label: clean(s.descriptions?.join(' ') || id), classes: [] });
  } else if (typeof db.getTasks === 'function') {
    let i = 0;
    for (const t of db.getTasks()) nodes.push({ id: t.id ?? `t${i++}`, label: clean(t.task), classes: [] });
  }
  return { nodes, edges };
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
    const { nodes, edges } = extract(diagram, type);
    parentPort.postMessage({ key, ok: true, type, nodes, edges });
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

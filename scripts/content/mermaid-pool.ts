import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectRoot } from './project-root';

export interface ParsedDiagram {
  ok: true;
  type: string;
  nodes: { id: string; label: string; classes: string[] }[];
  edges: { from: string; to: string; label?: string }[];
  /** Inline styles, class definitions, link styles, coloured boxes/rects found in the parsed model. */
  styles: string[];
  /** `click … href` / actor links: any link in a diagram can navigate the app's tab. */
  links: string[];
  /** Images on nodes (`@{ img: … }`): external fetches the CSP blocks at render time. */
  images: string[];
  /** Deepest subgraph nesting. */
  depth: number;
  /** Longest label, in characters, after entity decoding. */
  longestLabel: number;
  /** Decoded labels that contain markup (`<…>` or `javascript:`), for the HTML allow-list. */
  markup: string[];
}
export interface FailedDiagram {
  ok: false;
  error: { message: string; line?: number };
}
export type ParseResult = ParsedDiagram | FailedDiagram;

const ROOT = projectRoot(import.meta.url);
const require = createRequire(join(ROOT, 'package.json'));
export const MERMAID_VERSION: string = (JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8')) as { version: string })
  .version;
// Plain paths rather than URL objects: under a jsdom test environment the global URL is jsdom's.
const WORKER_PATH = join(ROOT, 'scripts', 'content', 'mermaid-worker.mjs');
// Changing the worker's extraction changes results, so it is part of the cache key.
const WORKER_HASH = createHash('sha256').update(readFileSync(WORKER_PATH)).digest('hex').slice(0, 12);

export function diagramKey(text: string): string {
  return createHash('sha256').update(`${MERMAID_VERSION}\0${WORKER_HASH}\0${text}`).digest('hex').slice(0, 32);
}

/** Parse cache on disk: content hash → result, so an unchanged diagram is never parsed twice. */
export class ParseCache {
  private map = new Map<string, ParseResult>();
  private dirty = false;
  constructor(private readonly path: string | undefined) {}

  async load(): Promise<void> {
    if (!this.path) return;
    try {
      const raw = JSON.parse(await readFile(this.path, 'utf8')) as Record<string, ParseResult>;
      this.map = new Map(Object.entries(raw));
    } catch {
      // A missing or corrupt cache only costs time: start empty.
      this.map = new Map();
    }
  }
  get(key: string): ParseResult | undefined {
    return this.map.get(key);
  }
  set(key: string, value: ParseResult): void {
    this.map.set(key, value);
    this.dirty = true;
  }
  /** Keep only the keys used by this build, written atomically. */
  async save(used: Set<string>): Promise<void> {
    if (!this.path) return;
    if (!this.dirty && used.size === this.map.size) return;
    const out: Record<string, ParseResult> = {};
    for (const k of used) {
      const v = this.map.get(k);
      if (v) out[k] = v;
    }
    await mkdir(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(out));
    await rename(tmp, this.path);
  }
}

interface WorkerReply {
  ready?: boolean;
  key?: string;
  ok?: boolean;
}

/** Parse many diagrams with the real mermaid in worker threads (one per core, at most `max`). */
export async function parseDiagrams(texts: Map<string, string>, max = availableParallelism()): Promise<Map<string, ParseResult>> {
  const results = new Map<string, ParseResult>();
  const queue = [...texts.entries()];
  if (queue.length === 0) return results;
  const count = Math.max(1, Math.min(max, Math.ceil(queue.length / 8)));
  await Promise.all(
    Array.from({ length: count }, () => {
      return new Promise<void>((resolve, reject) => {
        const worker = new Worker(WORKER_PATH);
        const next = (): void => {
          const job = queue.shift();
          if (!job) {
            void worker.terminate().then(() => resolve());
            return;
          }
          worker.postMessage({ key: job[0], text: job[1] });
        };
        worker.on('message', (msg: WorkerReply & ParseResult) => {
          if (msg.ready) return next();
          const { key, ...rest } = msg;
          if (key !== undefined) results.set(key, rest as ParseResult);
          next();
        });
        worker.on('error', reject);
      });
    }),
  );
  return results;
}

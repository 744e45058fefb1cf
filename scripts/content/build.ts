import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Frontmatter } from '../../src/content-schema/entry-schema';
import type { EntryPayload, IndexEntry, SourceCounts, StartupIndex } from '../../src/content-schema/index-types';
import { INDEX_FORMAT } from '../../src/content-schema/index-types';
import { GATES, MAX_BLOCK_CHARS, MAX_FILE_BYTES, PLANES, type Gate, type Plane } from '../../src/content-schema/taxonomy';
import { checkBody, checkDiagrams, checkFrontmatter, checkReferences, type DiagramFacts } from './check-entry';
import { toSection } from './markdown';
import { tokenize } from '../../src/features/search/engine/tokenize';
import { diagramKey, MERMAID_VERSION, ParseCache, parseDiagrams, type ParseResult } from './mermaid-pool';
import { lineOfField, parseEntryFile, type ParsedFile } from './parse-entry';
import type { Problem } from './problem';
import { loadAllRegistries, type Registries } from './registries';
import { AT_3AM_HEADING } from './at-3am';

/** Caps on node labels carried by the startup index (full labels stay in the payload). Long
 * labels are sentences (timeline events) that the summary already covers; short ones are
 * component names people search for. */
const MAX_LABELS = 12;
/** Longer labels are sentences (timeline events, notes), not component names: the index leaves them to the payload. */
const INDEX_LABEL_CHARS = 60;
const MAX_LABEL_CHARS = 48;

export interface BuildOptions {
  /** Folder holding the registries and `entries/`. */
  dataDir: string;
  /** More content folders beside it (a team's own content): optional registries and `entries/`. */
  extraDirs?: string[];
  /** Build only the extra folders' entries (the built-in registries still resolve their references). */
  onlyExtra?: boolean;
  /** Parse cache file; omit to disable caching. */
  cacheFile?: string;
  workers?: number;
}

export interface EntryReport {
  file: string;
  id?: string;
  gates: Record<Gate, boolean>;
}

export interface BuildResult {
  problems: Problem[];
  errors: number;
  warnings: number;
  entries: EntryReport[];
  index?: StartupIndex;
  payloads: EntryPayload[];
  stats: { files: number; diagrams: number; parsed: number; cached: number; ms: number };
}

async function listEntryFiles(dir: string, problems: Problem[]): Promise<string[]> {
  const out: string[] = [];
  let items;
  try {
    items = await readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const item of items) {
    const p = join(dir, item.name);
    // Dirent types come from lstat: a symlink is never followed (it could point at /dev/zero or outside data/).
    if (item.isSymbolicLink()) {
      if (item.name.endsWith('.md') || !item.name.includes('.'))
        problems.push(fileProblem(p, 1, 'symbolic links are not followed', 'replace the link with the file itself'));
    } else if (item.isDirectory()) out.push(...(await listEntryFiles(p, problems)));
    else if (item.name.endsWith('.md')) {
      if (item.isFile()) out.push(p);
      else problems.push(fileProblem(p, 1, 'not a regular file', 'entries are plain Markdown files'));
    }
  }
  return out.sort();
}

function fileProblem(path: string, line: number, message: string, hint: string): Problem {
  return { file: relative(process.cwd(), path) || path, line, field: 'file', message, hint, gate: 'schema', severity: 'error' };
}

/** 1-based line of byte offset `at` in `buf`. */
function lineAt(buf: Buffer, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < buf.length; i++) if (buf[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that makes `buf` invalid UTF-8, or -1. */
function firstInvalidUtf8(buf: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = buf.length;
  try {
    decoder.decode(buf);
    return -1;
  } catch {
    // Binary search for the shortest invalid prefix (a cut inside a valid sequence also fails, so step back).
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(buf.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

/** Read a file defensively: bounded read, size limit, binary and encoding checks; never throws. */
async function readEntry(path: string, file: string, problems: Problem[]): Promise<string | undefined> {
  const push = (message: string, hint: string, line = 1): void => {
    problems.push({ file, line, field: 'file', message, hint, gate: 'schema', severity: 'error' });
  };
  let handle;
  try {
    // O_NOFOLLOW: the file may have been swapped for a link after listing. Read at most the limit + 1
    // byte, so a device or a growing file can never exhaust memory.
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
    const info = await handle.stat();
    if (!info.isFile()) {
      push('not a regular file', 'entries are plain Markdown files');
      return undefined;
    }
    const buf = Buffer.alloc(MAX_FILE_BYTES + 1);
    let size = 0;
    while (size < buf.length) {
      const { bytesRead } = await handle.read(buf, size, buf.length - size, size);
      if (bytesRead === 0) break;
      size += bytesRead;
    }
    if (size > MAX_FILE_BYTES) {
      push(`file is over ${MAX_FILE_BYTES / 1024} KB; the limit is ${MAX_FILE_BYTES / 1024} KB`, 'split it into several entries');
      return undefined;
    }
    const data = buf.subarray(0, size);
    const nul = data.indexOf(0);
    if (nul >= 0) {
      push('file is binary, not text', 'entries are UTF-8 Markdown files', lineAt(data, nul));
      return undefined;
    }
    const bad = firstInvalidUtf8(data);
    if (bad >= 0) {
      push(
        `file is not valid UTF-8 (byte 0x${(data[bad] ?? 0).toString(16)} at offset ${bad})`,
        'save the file as UTF-8 text',
        lineAt(data, bad),
      );
      return undefined;
    }
    return data.toString('utf8');
  } catch (err) {
    push(`cannot read file: ${String(err)}`, 'check that it is a readable regular file, not a link');
    return undefined;
  } finally {
    await handle?.close();
  }
}

interface Loaded {
  parsed: ParsedFile;
  fm?: Frontmatter;
  keys: string[];
  results?: (ParseResult | undefined)[];
}

/** read → parse → validate → normalize. Collects every problem; writes nothing. */
export async function buildContent(opts: BuildOptions): Promise<BuildResult> {
  const t0 = performance.now();
  const problems: Problem[] = [];
  const extra = opts.extraDirs ?? [];
  const reg = await loadAllRegistries(opts.dataDir, extra, problems);
  // Every folder is read and checked (ids stay unique, links to built-in entries resolve); with
  // onlyExtra only the extra folders' entries go into the index.
  const dirs = [opts.dataDir, ...extra];
  const paths: string[] = [];
  for (const d of dirs) paths.push(...(await listEntryFiles(join(d, 'entries'), problems)));
  const loaded: Loaded[] = [];
  const reports: EntryReport[] = [];
  const fileProblemsStart = new Map<string, number>();

  for (const path of paths) {
    const file = relative(process.cwd(), path) || path;
    const text = await readEntry(path, file, problems);
    if (text === undefined) {
      reports.push({ file, gates: Object.fromEntries(GATES.map((g) => [g, false])) as Record<Gate, boolean> });
      continue;
    }
    // One file's unexpected failure is that file's problem: it never hides the other files' problems.
    const parsed = guard(file, problems, () => parseEntryFile(file, text, problems));
    if (!parsed) {
      reports.push({ file, gates: Object.fromEntries(GATES.map((g) => [g, false])) as Record<Gate, boolean> });
      continue;
    }
    const fm = guard(file, problems, () => checkFrontmatter(parsed, problems));
    loaded.push({ parsed, fm, keys: parsed.blocks.map((b) => diagramKey(b.text)) });
  }

  // Unique ids and references between entries.
  const byId = new Map<string, Loaded>();
  const systemSlots = new Map<string, Loaded>();
  for (const l of loaded) {
    if (!l.fm) continue;
    const prev = byId.get(l.fm.id);
    if (prev) {
      problems.push({
        file: l.parsed.file,
        line: 2,
        field: 'id',
        message: `duplicate id "${l.fm.id}" (also in ${prev.parsed.file})`,
        hint: 'ids must be unique across every content folder (data/entries and any --data folder)',
        gate: 'schema',
        severity: 'error',
      });
    } else byId.set(l.fm.id, l);
    if (l.fm.category === 'systems' && l.fm.company && l.fm.kind) {
      const slot = `${l.fm.company}/${l.fm.kind}`;
      const other = systemSlots.get(slot);
      // Which of the two is the newcomer is unknowable here, so both files get the problem, each naming the other.
      if (other)
        for (const [self, that] of [
          [l.parsed, other.parsed],
          [other.parsed, l.parsed],
        ] as const)
          problems.push({
            file: self.file,
            line: lineOfField(self, ['kind']),
            field: 'kind',
            message: `${slot} is taken twice: here and in ${that.file}`,
            hint: 'each company has exactly one diagram of each kind; change the kind or merge the entries',
            gate: 'schema',
            severity: 'error',
          });
      else systemSlots.set(slot, l);
    }
  }
  for (const l of loaded) {
    if (!l.fm) continue;
    const fm = l.fm;
    guard(l.parsed.file, problems, () => checkReferences(l.parsed, fm, reg, problems));
    l.fm.related.forEach((r, i) => {
      if (!byId.has(r))
        problems.push({
          file: l.parsed.file,
          line: lineOfField(l.parsed, ['related', i]),
          field: `related[${i}]`,
          message: `related id "${r}" is not an entry`,
          hint: 'use the id of an existing entry (its file name)',
          gate: 'schema',
          severity: 'error',
        });
      if (r === l.fm?.id)
        problems.push({
          file: l.parsed.file,
          line: lineOfField(l.parsed, ['related', i]),
          field: `related[${i}]`,
          message: 'an entry cannot be related to itself',
          gate: 'schema',
          severity: 'error',
        });
    });
  }

  // Mermaid: parse what the cache does not know, in worker threads.
  const cache = new ParseCache(opts.cacheFile);
  await cache.load();
  const todo = new Map<string, string>();
  const used = new Set<string>();
  let diagrams = 0;
  for (const l of loaded) {
    l.parsed.blocks.forEach((b, i) => {
      diagrams++;
      const key = l.keys[i] ?? '';
      used.add(key);
      // Oversized blocks are reported by checkDiagrams and never reach mermaid (they can overflow its stack).
      if (!cache.get(key) && b.text.length <= MAX_BLOCK_CHARS) todo.set(key, b.text);
    });
  }
  const fresh = await parseDiagrams(todo, opts.workers);
  for (const [k, v] of fresh) cache.set(k, v);
  await cache.save(used);

  const facts = new Map<Loaded, DiagramFacts | undefined>();
  for (const l of loaded) {
    fileProblemsStart.set(l.parsed.file, problems.length);
    const results: (ParseResult | undefined)[] = l.keys.map((k) => cache.get(k));
    l.results = results;
    facts.set(
      l,
      guard(l.parsed.file, problems, () => checkDiagrams(l.parsed, l.fm, results, problems)),
    );
    guard(l.parsed.file, problems, () => checkBody(l.parsed, l.fm, problems));
  }
  // Failure history on the map: every `affects` names a system diagram and a node of its primary diagram.
  for (const l of loaded) {
    const fm = l.fm;
    if (!fm) continue;
    const at = (path: (string | number)[]): number => lineOfField(l.parsed, path);
    if ((fm.affects.length || fm.affects_tech.length) && fm.category !== 'incidents')
      problems.push({
        file: l.parsed.file,
        line: at([fm.affects.length ? 'affects' : 'affects_tech']),
        field: fm.affects.length ? 'affects' : 'affects_tech',
        message: 'only incident entries can declare the components they affected',
        gate: 'schema',
        severity: 'error',
      });
    fm.affects.forEach((a, i) => {
      const target = byId.get(a.diagram);
      const bad = (field: string, message: string, hint: string): void => {
        problems.push({
          file: l.parsed.file,
          line: at(['affects', i, field]),
          field: `affects[${i}].${field}`,
          message,
          hint,
          gate: 'schema',
          severity: 'error',
        });
      };
      if (!target?.fm)
        return bad('diagram', `"${a.diagram}" is not an entry`, 'use the id of a system diagram (data/entries/systems/<id>.md)');
      if (target.fm.category !== 'systems')
        return bad('diagram', `"${a.diagram}" is not a system diagram`, 'failure history goes on system diagrams');
      const nodes = facts.get(target)?.nodes ?? [];
      if (!nodes.some((n) => n.id === a.node))
        bad(
          'node',
          `"${a.node}" is not a node of ${a.diagram}'s primary diagram`,
          `use a node id from that diagram (e.g. ${nodes
            .slice(0, 6)
            .map((n) => n.id)
            .join(', ')})`,
        );
    });
  }

  // Per-entry gate results (gate 7 is a warning and never fails an entry).
  const failed = new Map<string, Set<Gate>>();
  for (const p of problems) {
    if (p.severity !== 'error') continue;
    const set = failed.get(p.file) ?? new Set<Gate>();
    set.add(p.gate);
    failed.set(p.file, set);
  }
  for (const l of loaded) {
    const f = failed.get(l.parsed.file) ?? new Set<Gate>();
    if (!l.fm) f.add('schema');
    reports.push({
      file: l.parsed.file,
      id: l.fm?.id,
      gates: Object.fromEntries(GATES.map((g) => [g, !f.has(g)])) as Record<Gate, boolean>,
    });
  }
  const gates = Object.fromEntries(
    GATES.map((g) => [g, { pass: reports.filter((r) => r.gates[g]).length, fail: reports.filter((r) => !r.gates[g]).length }]),
  ) as StartupIndex['gates'];

  const errors = problems.filter((p) => p.severity === 'error').length;
  const result: BuildResult = {
    problems,
    errors,
    warnings: problems.length - errors,
    entries: reports,
    payloads: [],
    stats: { files: paths.length, diagrams, parsed: todo.size, cached: diagrams - todo.size, ms: 0 },
  };
  const extraFiles = extra.map((d) => `${relative(process.cwd(), d) || d}/`);
  const keep = opts.onlyExtra && extra.length > 0 ? (l: Loaded) => extraFiles.some((p) => l.parsed.file.startsWith(p)) : undefined;
  if (errors === 0) normalize(result, loaded, facts, reg, gates, keep);
  result.stats.ms = Math.round(performance.now() - t0);
  return result;
}

/**
 * Node labels worth carrying in the startup index: short ones (component names, not timeline
 * sentences) that add a search term the title, summary and tags do not already have.
 */
function searchableLabels(all: string[], known: string): string[] {
  const seen = new Set(tokenize(known));
  const out: string[] = [];
  for (const label of all) {
    if (out.length >= MAX_LABELS) break;
    if (label.length < 2 || label.length > Math.min(MAX_LABEL_CHARS, INDEX_LABEL_CHARS)) continue;
    const terms = tokenize(label);
    if (!terms.some((t) => !seen.has(t))) continue;
    terms.forEach((t) => seen.add(t));
    out.push(label);
  }
  return out;
}

function diagramType(r: ParseResult | undefined): string {
  return r?.ok ? r.type : 'unknown';
}

function normalize(
  result: BuildResult,
  loaded: Loaded[],
  facts: Map<Loaded, DiagramFacts | undefined>,
  reg: Registries,
  gates: StartupIndex['gates'],
  keep: (l: Loaded) => boolean = () => true,
): void {
  const entries: IndexEntry[] = [];
  const titles = new Map(loaded.map((l) => [l.fm?.id, l.fm]));
  const hash = createHash('sha256');
  for (const l of loaded) {
    if (!keep(l)) continue;
    const fm = l.fm;
    const f = facts.get(l);
    if (!fm || !f) continue;
    hash.update(l.parsed.body).update(JSON.stringify(fm));
    // Planes and searchable labels come from every view, so a blast-radius flowchart under an
    // incident timeline still counts; labels are capped to keep the startup index small.
    const viewNodes = (l.results ?? []).slice(1).flatMap((r) => (r?.ok ? r.nodes : []));
    const planes = [
      ...new Set(
        [...f.nodes.map((n) => n.plane), ...viewNodes.flatMap((n) => n.classes)].filter((p): p is Plane =>
          (PLANES as readonly string[]).includes(p ?? ''),
        ),
      ),
    ];
    // Timeline and gantt "nodes" are times and event sentences, not components: not searchable labels.
    const componentNodes = (l.results ?? []).flatMap((r) => (r?.ok && !/^(timeline|gantt)/.test(r.type) ? r.nodes : []));
    const labels = searchableLabels(
      componentNodes.map((n) => n.label),
      `${fm.title} ${fm.summary} ${fm.tags.join(' ')}`,
    );
    const rec = fm.incident ? reg.incidents.get(fm.incident.registry) : undefined;
    // The plane holding most components across all views: what the list's plane filter means.
    const planeCount = new Map<Plane, number>();
    for (const p of [...f.nodes.map((n) => n.plane), ...viewNodes.flatMap((n) => n.classes)])
      if ((PLANES as readonly string[]).includes(p ?? '')) planeCount.set(p as Plane, (planeCount.get(p as Plane) ?? 0) + 1);
    const mainPlane = [...planeCount].sort((a, b) => b[1] - a[1] || PLANES.indexOf(a[0]) - PLANES.indexOf(b[0]))[0]?.[0];
    const entry: IndexEntry = {
      id: fm.id,
      title: fm.title,
      category: fm.category,
      ...(fm.kind ? { kind: fm.kind } : {}),
      ...(fm.company ? { company: fm.company } : {}),
      summary: fm.summary,
      tags: fm.tags,
      symptoms: fm.symptoms,
      planes,
      ...(mainPlane ? { mainPlane } : {}),
      diagram: f.type,
      labels,
      estimates: fm.estimates,
      lastReviewed: fm.last_reviewed,
      ...(fm.affects.length ? { affects: fm.affects } : {}),
      ...(fm.affects_tech.length ? { affectsTech: fm.affects_tech } : {}),
      ...(fm.incident && rec
        ? {
            incident: {
              registry: rec.id,
              org: rec.org,
              date: fm.incident.date,
              kind: fm.incident.kind,
              ...(fm.incident.duration ? { duration: fm.incident.duration } : {}),
            },
          }
        : {}),
    };
    entries.push(entry);
    const [primary, ...rest] = l.parsed.blocks;
    const at3am = l.parsed.sections.find((s) => s.heading.toLowerCase() === AT_3AM_HEADING.toLowerCase());
    result.payloads.push({
      id: fm.id,
      title: fm.title,
      source: primary?.text ?? '',
      diagram: f.type,
      views: rest.map((b, i) => ({ title: b.heading || `View ${i + 2}`, source: b.text, diagram: diagramType(l.results?.[i + 1]) })),
      nodes: f.nodes,
      edges: f.edges,
      at3am: toSection(AT_3AM_HEADING, at3am?.text ?? ''),
      sections: l.parsed.sections.filter((s) => s !== at3am).map((s) => toSection(s.heading, s.text)),
      sources: fm.sources.map((s) => reg.sources.get(s)).filter((s) => s !== undefined),
      related: fm.related.map((r) => ({ id: r, title: titles.get(r)?.title ?? r, category: titles.get(r)?.category ?? fm.category })),
      entry,
      ...(fm.company ? { companyName: reg.companies.get(fm.company)?.name ?? fm.company } : {}),
    });
  }
  const contentHash = hash.digest('hex').slice(0, 16);
  for (const p of result.payloads) p.contentHash = contentHash;
  result.index = {
    format: INDEX_FORMAT,
    mermaidVersion: MERMAID_VERSION,
    contentHash,
    entries,
    companies: [...reg.companies.values()],
    symptoms: [...reg.symptoms.values()],
    gates,
    sources: countSourceKinds(
      loaded.flatMap((l) => (l.fm ? [l.fm] : [])),
      reg,
    ),
  };
}

/** A source counts as first-party when it is the organisation's own page or a mirror of one. */
function countSourceKinds(fms: Frontmatter[], reg: Registries): SourceCounts {
  const isFirst = (id: string): boolean => {
    const s = reg.sources.get(id);
    if (!s) return false;
    const original = s.mirror_of ? reg.sources.get(s.mirror_of) : undefined;
    return s.first_party || original?.first_party === true;
  };
  const secondary = fms.filter((fm) => fm.sources.length > 0 && !fm.sources.some(isFirst)).map((fm) => fm.id);
  return { first_party: fms.length - secondary.length, secondary_only: secondary.length, secondary_only_ids: secondary.sort() };
}

/** Run one file's check; an exception becomes a problem of that file instead of ending the build. */
function guard<T>(file: string, problems: Problem[], fn: () => T): T | undefined {
  try {
    return fn();
  } catch (err) {
    problems.push({
      file,
      line: 1,
      field: 'file',
      message: `could not be checked: ${String(err instanceof Error ? err.message : err).slice(0, 200)}`,
      hint: 'simplify the file; please report this as a bug in the content build',
      gate: 'schema',
      severity: 'error',
    });
    return undefined;
  }
}

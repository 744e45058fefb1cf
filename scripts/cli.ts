/**
 * Atlas command line: `npm run atlas -- <build|validate|status|search "<query>"> [--json]`.
 * Options: --data <dir> (default data), --out <dir> (default public/content), --no-cache.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StartupIndex } from '../src/content-schema/index-types';
import { CATEGORY_TARGETS, GATES, SYSTEM_KINDS } from '../src/content-schema/taxonomy';
import { SearchEngine } from '../src/features/search/engine/search-engine';
import { inputsFingerprint, type BuildMeta } from './content/fingerprint';
import { SEARCH_SNAPSHOT } from './content/write-output';
import { formatProblem, type Problem } from './content/problem';

// `atlas search x | head` closes the pipe early: that is a normal end, not a crash.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

interface Built {
  index: StartupIndex | undefined;
  /** Entries seen (valid or not), errors and warnings, for `status`. */
  entries: number;
  errors: number;
  warnings: number;
  gates: Record<string, { pass: number; fail: number }>;
  problems: Problem[];
  /** The prebuilt search engine written with the index (fast path only). */
  snapshot?: unknown;
}

/**
 * The built index when it is current (same inputs fingerprint as when it was written), so search and
 * status answer without re-reading every entry; undefined when it is missing or stale.
 */
async function currentIndex(args: Args): Promise<Built | undefined> {
  if (!args.cache) return undefined;
  try {
    const [metaText, fp] = await Promise.all([readFile(join(args.out, 'build-meta.json'), 'utf8'), fingerprintOf(args)]);
    const meta = JSON.parse(metaText) as BuildMeta;
    if (meta.inputs !== fp) return undefined;
    const index = JSON.parse(await readFile(join(args.out, 'index.json'), 'utf8')) as StartupIndex;
    // Only search needs the engine; a missing or unreadable snapshot just means building it here.
    const snapshot =
      args.command === 'search'
        ? await readFile(join(args.out, SEARCH_SNAPSHOT), 'utf8').then(
            (t) => JSON.parse(t) as unknown,
            () => undefined,
          )
        : undefined;
    return { index, entries: meta.entries, errors: 0, warnings: meta.warnings, gates: index.gates, problems: [], snapshot };
  } catch {
    return undefined;
  }
}

/** The built index is current only for the same folders, the same files and the same --only-extra choice. */
async function fingerprintOf(args: Args): Promise<string> {
  return `${await inputsFingerprint([args.data, ...args.extra])}${args.onlyExtra ? '+only-extra' : ''}`;
}

interface Args {
  command: string;
  rest: string[];
  json: boolean;
  data: string;
  /** Further content folders (`--data` given more than once): a team's own content beside the built-in one. */
  extra: string[];
  /** `--only-extra`: build only the further folders' entries. */
  onlyExtra: boolean;
  out: string;
  cache: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    command: argv[0] ?? 'help',
    rest: [],
    json: false,
    data: 'data',
    extra: [],
    onlyExtra: false,
    out: join('public', 'content'),
    cache: true,
  };
  const data: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--json') args.json = true;
    else if (a === '--no-cache') args.cache = false;
    else if (a === '--data') data.push(argv[++i] ?? 'data');
    else if (a === '--only-extra') args.onlyExtra = true;
    else if (a === '--out') args.out = argv[++i] ?? args.out;
    else args.rest.push(a);
  }
  // The first --data replaces the built-in folder; each further one is added beside it.
  if (data.length > 0) [args.data, ...args.extra] = data as [string, ...string[]];
  return args;
}

const HELP = `atlas — build and query the Atlas diagram content

  atlas build              validate data/ and write public/content (atomically)
  atlas validate           validate only; list every problem as file:line → field → message
  atlas status             entries, coverage against targets, systems matrix, gate results
  atlas search "<query>"   ranked results with the app's own search module

  --json      machine-readable output      --data <dir>  content folder (default data); give it again to add
                                                         a team's own folder beside it: --data data --data my-team
  --only-extra  build only the added folders' entries (the built-in registries still resolve their ids)
  --out <dir> output folder for build      --no-cache    re-parse every diagram`;

async function run(args: Args): Promise<number> {
  if (!['build', 'validate', 'status', 'search'].includes(args.command)) {
    console.log(HELP);
    return args.command === 'help' || args.command === '--help' ? 0 : 2;
  }
  if (args.command === 'search' || args.command === 'status') {
    const fast = await currentIndex(args);
    if (process.env.ATLAS_DEBUG_CLI) console.error(`atlas: built index ${fast ? 'current' : 'missing or stale: rebuilding'}`);
    if (fast) return args.command === 'search' ? search(fast, args.rest.join(' '), args.json) : status(fast, args.json);
  }
  // Loaded only when needed: the fast path above must not pay for yaml, zod and the mermaid pool.
  const { buildContent } = await import('./content/build');
  const { writeOutput } = await import('./content/write-output');
  const inputs = await fingerprintOf(args);
  const result = await buildContent({
    dataDir: args.data,
    extraDirs: args.extra,
    onlyExtra: args.onlyExtra,
    cacheFile: args.cache ? join('.cache', 'mermaid-parse.json') : undefined,
  });
  const errs = result.problems.filter((p) => p.severity === 'error');
  const built: Built = {
    index: result.index,
    entries: result.entries.length,
    errors: result.errors,
    warnings: result.warnings,
    gates: Object.fromEntries(
      GATES.map((g) => [
        g,
        { pass: result.entries.filter((r) => r.gates[g]).length, fail: result.entries.filter((r) => !r.gates[g]).length },
      ]),
    ),
    problems: result.problems,
  };
  switch (args.command) {
    case 'validate':
    case 'build': {
      if (args.json)
        console.log(
          JSON.stringify(
            { ok: errs.length === 0, errors: result.errors, warnings: result.warnings, problems: result.problems, stats: result.stats },
            null,
            2,
          ),
        );
      else {
        for (const p of result.problems) console.error(formatProblem(p));
        const s = result.stats;
        console.error(
          `${s.files} files, ${s.diagrams} diagrams (${s.parsed} parsed, ${s.cached} cached) in ${s.ms} ms: ${result.errors} error(s), ${result.warnings} warning(s)`,
        );
      }
      if (errs.length > 0 || !result.index) return 1;
      if (args.command === 'build') {
        const { index } = result;
        const snapshot = new SearchEngine(index.entries, index.companies, index.symptoms).toSnapshot();
        await writeOutput(
          args.out,
          index,
          result.payloads,
          { inputs, entries: result.entries.length, warnings: result.warnings },
          snapshot,
        );
        if (!args.json) console.error(`wrote ${args.out}/index.json and ${result.payloads.length} payloads`);
      }
      return 0;
    }
    case 'status':
      return status(built, args.json);
    case 'search':
      return search(built, args.rest.join(' '), args.json);
  }
  return 2;
}

function status(result: Built, json: boolean): number {
  const categories: Record<string, { count: number; target: number }> = {};
  for (const [c, target] of Object.entries(CATEGORY_TARGETS)) categories[c] = { count: 0, target };
  const systems: Record<string, string[]> = {};
  const entries = result.index?.entries ?? [];
  for (const e of entries) {
    const cat = categories[e.category];
    if (cat) cat.count++;
    if (e.category === 'systems' && e.company && e.kind) (systems[e.company] ??= []).push(e.kind);
  }
  for (const k of Object.keys(systems)) systems[k]?.sort((a, b) => SYSTEM_KINDS.indexOf(a as never) - SYSTEM_KINDS.indexOf(b as never));
  const gates = result.gates;
  const out = {
    entries: result.entries,
    valid: entries.length,
    errors: result.errors,
    warnings: result.warnings,
    categories,
    systems,
    gates,
    sources: result.index
      ? { first_party: result.index.sources.first_party, secondary_only: result.index.sources.secondary_only }
      : undefined,
  };
  if (json) console.log(JSON.stringify(out, null, 2));
  else {
    console.log(`${out.entries} entries (${result.errors} errors, ${result.warnings} warnings)\n`);
    for (const [c, v] of Object.entries(categories)) console.log(`${c.padEnd(12)} ${String(v.count).padStart(4)} / ${v.target}`);
    console.log('\ngates');
    for (const [g, v] of Object.entries(gates)) console.log(`${g.padEnd(12)} pass ${v.pass}  fail ${v.fail}`);
    if (out.sources)
      console.log(
        `\nsources     ${out.sources.first_party} entries cite a first-party source, ${out.sources.secondary_only} only secondary`,
      );
    console.log('\nsystems');
    for (const [c, kinds] of Object.entries(systems)) console.log(`${c.padEnd(12)} ${kinds.length}/8 ${kinds.join(', ')}`);
  }
  return result.errors > 0 ? 1 : 0;
}

function search(result: Built, query: string, json: boolean): number {
  if (!result.index) {
    for (const p of result.problems) console.error(formatProblem(p));
    console.error('content has errors; fix them before searching');
    return 1;
  }
  const engine = new SearchEngine(result.index.entries, result.index.companies, result.index.symptoms, result.snapshot);
  const byId = new Map(result.index.entries.map((e) => [e.id, e]));
  const hits = engine.search(query, {}, 20).map((h) => {
    const e = byId.get(h.id);
    return { id: h.id, title: e?.title ?? h.id, category: e?.category ?? '', score: h.score, matched: h.matched };
  });
  if (json) console.log(JSON.stringify(hits, null, 2));
  else if (hits.length === 0) console.log(`no results for "${query}"`);
  else
    for (const [i, h] of hits.entries())
      console.log(`${String(i + 1).padStart(2)}. ${h.title}  [${h.category}] ${h.id}  (${h.score}; ${h.matched.join(', ')})`);
  return 0;
}

run(parseArgs(process.argv.slice(2))).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`atlas: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exitCode = 70;
  },
);

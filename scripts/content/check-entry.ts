import { basename, dirname } from 'node:path';
import { ARCHIVE_HOSTS, rawFrontmatterSchema, type Frontmatter } from '../../src/content-schema/entry-schema';
import {
  DATED,
  EVENT_CLASS,
  MAX_BLOCK_CHARS,
  MAX_EDGES,
  MAX_LABEL_CHARS,
  MAX_NODES,
  MAX_SUBGRAPH_DEPTH,
  NOT_PUBLIC,
  PLANE_REQUIRED_CATEGORIES,
  MAX_NODES_WARN,
  type Plane,
  PLANES,
} from '../../src/content-schema/taxonomy';
import { checkAt3am } from './at-3am';
import type { ParseResult } from './mermaid-pool';
import { lineOfField, type ParsedFile } from './parse-entry';
import type { Problem } from './problem';
import type { Registries } from './registries';
import { withoutFences } from './fences';
import { checkSafety } from './safety';

/** Schema check of the frontmatter; returns the typed frontmatter or undefined. */
export function checkFrontmatter(parsed: ParsedFile, problems: Problem[]): Frontmatter | undefined {
  if (parsed.data === undefined) return undefined;
  const result = rawFrontmatterSchema.safeParse(parsed.data ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
      const field =
        path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '') || 'frontmatter';
      const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
      // An unknown key is reported where it is written, not at the top of the frontmatter.
      const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
      problems.push({
        file: parsed.file,
        line: lineOfField(parsed, unknownKey === undefined ? path : [...path, unknownKey]),
        field,
        message: missing ? 'required field is missing' : issue.message,
        hint: missing
          ? `add \`${field}:\` to the frontmatter (see docs/authoring.md)`
          : unknownKey !== undefined
            ? `remove \`${unknownKey}\` or fix its spelling; the fields are listed in docs/authoring.md §1`
            : 'see docs/authoring.md §1 for the format of this field',
        gate: 'schema',
        severity: 'error',
      });
    }
    return undefined;
  }
  // Titles and summaries reach the page and the search results: the same HTML rules as prose.
  for (const key of ['title', 'summary'] as const)
    checkSafety(result.data[key], { file: parsed.file, line: lineOfField(parsed, [key]), field: key }, false, problems);
  return result.data;
}

/** Cross-references and category rules that need the registries. */
export function checkReferences(parsed: ParsedFile, fm: Frontmatter, reg: Registries, problems: Problem[]): void {
  const at = (path: PropertyKey[]): number => lineOfField(parsed, path);
  const push = (path: PropertyKey[], field: string, message: string, hint?: string, gate: Problem['gate'] = 'schema'): void => {
    problems.push({ file: parsed.file, line: at(path), field, message, hint, gate, severity: 'error' });
  };
  const fileId = basename(parsed.file, '.md');
  if (fm.id !== fileId)
    push(['id'], 'id', `id "${fm.id}" does not match the file name "${fileId}.md"`, `rename the file to ${fm.id}.md or set id: ${fileId}`);
  const folder = basename(dirname(parsed.file));
  if (folder !== fm.category)
    push(
      ['category'],
      'category',
      `category "${fm.category}" but the file is in entries/${folder}/`,
      `move the file to data/entries/${fm.category}/`,
    );
  if (fm.company && !reg.companies.has(fm.company))
    push(['company'], 'company', `unknown company "${fm.company}"`, 'use an id from data/companies.yaml');
  fm.symptoms.forEach((s, i) => {
    if (!reg.symptoms.has(s))
      push(['symptoms', i], `symptoms[${i}]`, `unknown symptom "${s}"`, 'use an id from data/symptoms.yaml or add the symptom there');
  });
  fm.sources.forEach((s, i) => {
    if (!reg.sources.has(s))
      push(
        ['sources', i],
        `sources[${i}]`,
        `unknown source "${s}"`,
        'cite an id from data/sources.yaml; add a source only from real material',
        'sources',
      );
  });
  if (fm.sources.length === 0)
    push(['sources'], 'sources', 'at least one source is required', 'cite the public report or article the facts come from', 'sources');
  // Honesty rule 10: a live status page changes in place, so an archived copy must be cited beside it.
  fm.sources.forEach((id, i) => {
    const src = reg.sources.get(id);
    if (!src || src.kind !== 'status-page' || ARCHIVE_HOSTS.test(src.url) || src.archive) return;
    const bare = src.url.replace(/^https?:\/\//, '');
    const archived = fm.sources.some((other) => {
      const o = reg.sources.get(other);
      return o !== undefined && (o.mirror_of === id || (ARCHIVE_HOSTS.test(o.url) && o.url.includes(bare)));
    });
    if (archived) return;
    const message = `"${id}" is a live status page that can change; cite an archived copy beside it`;
    const hint = 'add the id of an archived copy (a source with `mirror_of: ' + id + '` or a web.archive.org URL of the page)';
    if (src.no_archive_found)
      problems.push({
        file: parsed.file,
        line: at(['sources', i]),
        field: `sources[${i}]`,
        message: `${message} (none found when searched on ${src.no_archive_found})`,
        hint: `${hint}, once a copy exists`,
        gate: 'sources',
        severity: 'warning',
      });
    else
      push(
        ['sources', i],
        `sources[${i}]`,
        message,
        `${hint}; if none exists, record the search with \`no_archive_found: <date>\` on the source`,
        'sources',
      );
  });
  if (fm.category === 'systems') {
    if (!fm.kind) push(['kind'], 'kind', 'systems entries need a kind', 'one of the eight system kinds, e.g. `architecture`');
    if (!fm.company) push(['company'], 'company', 'systems entries need a company');
  } else if (fm.kind) push(['kind'], 'kind', '`kind` is only for systems entries', 'remove it');
  if ((fm.category === 'incidents' || fm.category === 'debugging') && fm.symptoms.length === 0) {
    push(
      ['symptoms'],
      'symptoms',
      `${fm.category} entries need at least one symptom`,
      'add ids from data/symptoms.yaml so the entry appears in the incident quick index',
    );
  }
  if (fm.category === 'incidents') {
    if (!fm.incident)
      push(['incident'], 'incident', 'incident entries need incident facts', 'add `incident: { registry, date, kind, times_public }`');
    else {
      const rec = reg.incidents.get(fm.incident.registry);
      if (!rec)
        push(
          ['incident', 'registry'],
          'incident.registry',
          `unknown incident "${fm.incident.registry}"`,
          'use an id from data/incidents.yaml',
        );
      else {
        if (!rec.date.startsWith(fm.incident.date) && !fm.incident.date.startsWith(rec.date)) {
          push(
            ['incident', 'date'],
            'incident.date',
            `date ${fm.incident.date} disagrees with the registry (${rec.date})`,
            'use the date the report gives',
          );
        }
        if (!fm.sources.some((s) => rec.sources.includes(s))) {
          push(['sources'], 'sources', `cite at least one of the incident's reports: ${rec.sources.join(', ')}`, undefined, 'sources');
        }
      }
    }
  } else if (fm.incident) push(['incident'], 'incident', '`incident` is only for incidents entries', 'remove it');
}

export interface DiagramFacts {
  type: string;
  nodes: { id: string; label: string; plane?: Plane }[];
  edges: { from: string; to: string; label?: string }[];
}

/** Gates 1, 5, 6 and 7 on the mermaid blocks, given their parse results. */
export function checkDiagrams(
  parsed: ParsedFile,
  fm: Frontmatter | undefined,
  results: (ParseResult | undefined)[],
  problems: Problem[],
): DiagramFacts | undefined {
  if (parsed.blocks.length === 0) {
    problems.push({
      file: parsed.file,
      line: parsed.bodyLine,
      field: 'mermaid',
      message: 'no ```mermaid block found',
      hint: 'put the primary diagram in a ```mermaid fenced block after the frontmatter',
      gate: 'parses',
      severity: 'error',
    });
    return undefined;
  }
  let primary: DiagramFacts | undefined;
  parsed.blocks.forEach((block, i) => {
    const field = i === 0 ? 'mermaid' : `mermaid (${block.heading || `block ${i + 1}`})`;
    const err = (line: number, message: string, hint: string, gate: Problem['gate'] = 'safe'): void => {
      problems.push({ file: parsed.file, line, field, message, hint, gate, severity: 'error' });
    };
    if (block.text.length > MAX_BLOCK_CHARS) {
      err(
        block.line,
        `diagram is ${block.text.length} characters; the limit is ${MAX_BLOCK_CHARS}`,
        'split it into views under their own `##` headings',
        'size',
      );
      return;
    }
    checkSafety(block.text, { file: parsed.file, line: block.line, field }, true, problems);
    checkInDiagramConfig(block, err);
    const r = results[i];
    if (!r) return;
    if (!r.ok) {
      const edgeLimit = /Edge limit exceeded/i.test(r.error.message);
      const line = edgeLimit
        ? (nthEdgeLine(block, MAX_EDGES + 1) ?? block.line)
        : r.error.line !== undefined
          ? block.line + Math.max(0, r.error.line - 1)
          : block.line;
      const noType = /No diagram type detected/.test(r.error.message);
      problems.push({
        file: parsed.file,
        line,
        field,
        message: noType
          ? `unknown diagram header "${block.text.trim().split('\n')[0] ?? ''}"`
          : `mermaid: ${r.error.message.replace(/\s+/g, ' ').slice(0, 300)}`,
        hint: noType
          ? 'start the block with a mermaid diagram type such as `flowchart LR`, `sequenceDiagram` or `timeline`'
          : 'paste the block into the explorer or fix the syntax at that line',
        gate: 'parses',
        severity: 'error',
      });
      return;
    }
    checkParsedModel(block, r, err);
    const isFlow = r.type.startsWith('flowchart') || r.type === 'graph';
    const needPlanes = isFlow && fm !== undefined && PLANE_REQUIRED_CATEGORIES.includes(fm.category);
    const nodes = r.nodes.map((n) => {
      const planes = n.classes.filter((p): p is Plane => (PLANES as readonly string[]).includes(p));
      return { id: n.id, label: n.label, plane: planes[0], event: n.classes.includes(EVENT_CLASS) };
    });
    // Honesty rule 9: planes are for components; an event or condition is neutral.
    const both = nodes.filter((n) => n.event && n.plane).map((n) => n.id);
    if (both.length) {
      problems.push({
        file: parsed.file,
        line: lineInBlock(block, both[0] ?? '') ?? block.line,
        field,
        message: `node(s) marked as an event also carry a plane: ${both.slice(0, 8).join(', ')}`,
        hint: 'events and conditions are neutral: keep `:::event` and drop the plane class (planes are for components)',
        gate: 'planes',
        severity: 'error',
      });
    }
    if (needPlanes) {
      const missing = nodes.filter((n) => !n.plane && !n.event).map((n) => n.id);
      if (missing.length) {
        problems.push({
          file: parsed.file,
          line: block.line,
          field,
          message: `${missing.length} node(s) not in a plane: ${missing.slice(0, 8).join(', ')}${missing.length > 8 ? ', …' : ''}`,
          hint: 'add `:::edge`, `:::service`, `:::state` or `:::control` to each component, `:::event` to events and conditions',
          gate: 'planes',
          severity: 'error',
        });
      }
    }
    if (nodes.length > MAX_NODES_WARN) {
      problems.push({
        file: parsed.file,
        line: block.line,
        field,
        message: `${nodes.length} nodes; above ~${MAX_NODES_WARN} diagrams get hard to read`,
        hint: 'split it into views',
        gate: 'size',
        severity: 'warning',
      });
    }
    if (i === 0) primary = { type: r.type, nodes: nodes.map(({ id, label, plane }) => ({ id, label, plane })), edges: r.edges };
  });
  return primary;
}

/** Gate 4 and safety of the prose. */
export function checkBody(parsed: ParsedFile, fm: Frontmatter | undefined, problems: Problem[]): void {
  // Scan prose outside fenced blocks (mermaid blocks are checked separately; code may quote anything).
  checkSafety(withoutFences(parsed.body), { file: parsed.file, line: parsed.bodyLine, field: 'body' }, false, problems);
  checkNotPublicDated(parsed, problems);
  if (fm) checkAt3am(parsed.file, fm.category, parsed.sections, parsed.bodyLine, problems);
}

/** File line of the first line in a mermaid block that mentions `nodeId` as a word. */
function lineInBlock(block: { text: string; line: number }, nodeId: string): number | undefined {
  const re = new RegExp(`(^|[^\\w-])${nodeId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\w-]|$)`);
  const i = block.text.split('\n').findIndex((l) => re.test(l));
  return i < 0 ? undefined : block.line + i;
}

/** Honesty rule 3: "not public" is a claim and must be dated ("as of 2026-12"), anywhere in the entry. */
function checkNotPublicDated(parsed: ParsedFile, problems: Problem[]): void {
  parsed.text.split('\n').forEach((l, i) => {
    if (NOT_PUBLIC.test(l) && !DATED.test(l) && !/^\s*times_public\s*:/.test(l)) {
      problems.push({
        file: parsed.file,
        line: i + 1,
        field: /^\s*summary\s*:/.test(l) ? 'summary' : 'body',
        message: `"${NOT_PUBLIC.exec(l)?.[0] ?? 'not public'}" is a claim: date it`,
        hint: 'say "(as of 2026-12)" after searching the company\'s own blogs, docs and filings — or leave the detail out',
        gate: 'sources',
        severity: 'error',
      });
    }
  });
}

type Report = (line: number, message: string, hint: string, gate?: Problem['gate']) => void;

/** Hole 1: config inside the diagram (mermaid frontmatter or a directive) would override the app's fixed settings. */
function checkInDiagramConfig(block: { text: string; line: number }, err: Report): void {
  const lines = block.text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first >= 0 && /^\s*---\s*$/.test(lines[first] ?? '')) {
    err(
      block.line + first,
      'mermaid frontmatter (`---` config block) is not allowed inside a diagram',
      'theme and config are fixed by the app; remove the block and put the title in the entry frontmatter',
    );
  }
}

/** Holes 2, 3, 4 and 6: what mermaid parsed, whatever spelling the source used. */
function checkParsedModel(block: { text: string; line: number }, r: Extract<ParseResult, { ok: true }>, err: Report): void {
  for (const s of r.styles.slice(0, 3))
    err(
      block.line,
      `hard-coded styling in the parsed diagram: ${s}`,
      'colours come from the plane classes (`:::edge`, `:::service`, `:::state`, `:::control`, `:::event`); remove style, classDef, linkStyle, coloured box and rect',
      'planes',
    );
  for (const l of r.links.slice(0, 3))
    err(
      block.line,
      `links inside diagrams are not allowed: ${l.slice(0, 120)}`,
      'cite the page in `sources` instead; diagrams must not navigate the app',
    );
  for (const img of r.images.slice(0, 3))
    err(
      block.line,
      `images inside diagrams are not allowed: ${img.slice(0, 120)}`,
      'external images are blocked by the CSP; describe the thing in a label',
    );
  for (const m of r.markup.slice(0, 3)) {
    for (const t of m.matchAll(/<\s*(\/?)\s*([a-zA-Z][\w-]*)([^>]*)>?/g)) {
      const tag = (t[2] ?? '').toLowerCase();
      if (!['br', 'b', 'i', 'small'].includes(tag) || (t[3] ?? '').replace(/\/\s*$/, '').trim() !== '')
        err(
          block.line,
          `label holds HTML \`${t[0].slice(0, 60)}\` once decoded`,
          'labels are text: only <br/>, <b>, <i> and <small> without attributes',
        );
    }
    if (/javascript\s*:/i.test(m)) err(block.line, 'label holds a `javascript:` URL once decoded', 'remove it');
  }
  if (r.longestLabel > MAX_LABEL_CHARS)
    err(
      block.line,
      `a label is ${r.longestLabel} characters; the limit is ${MAX_LABEL_CHARS}`,
      'shorten it; put detail in the prose',
      'size',
    );
  if (r.nodes.length > MAX_NODES) err(block.line, `${r.nodes.length} nodes; the limit is ${MAX_NODES}`, 'split it into views', 'size');
  if (r.edges.length > MAX_EDGES)
    err(
      nthEdgeLine(block, MAX_EDGES + 1) ?? block.line,
      `${r.edges.length} edges; the limit is ${MAX_EDGES}`,
      'split it into views',
      'size',
    );
  if (r.depth > MAX_SUBGRAPH_DEPTH)
    err(block.line, `subgraphs nested ${r.depth} deep; the limit is ${MAX_SUBGRAPH_DEPTH}`, 'flatten the grouping', 'size');
}

/** File line of the n-th line that draws an edge (for edge-limit problems, which mermaid reports without a line). */
function nthEdgeLine(block: { text: string; line: number }, n: number): number | undefined {
  let seen = 0;
  const lines = block.text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    seen += ((lines[i] ?? '').match(/(?:--|==|-\.|~~)[->ox.=]*/g) ?? []).length;
    if (seen >= n) return block.line + i;
  }
  return undefined;
}

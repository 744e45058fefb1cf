import { basename, dirname } from 'node:path';
import { rawFrontmatterSchema, type Frontmatter } from '../../src/content-schema/entry-schema';
import { ARCHIVE_HOSTS } from '../../src/content-schema/entry-schema';
import {
  DATED,
  EVENT_CLASS,
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
      problems.push({
        file: parsed.file,
        line: lineOfField(parsed, path),
        field,
        message: missing ? 'required field is missing' : issue.message,
        hint: missing ? `add \`${field}:\` to the frontmatter (see docs/authoring.md)` : undefined,
        gate: 'schema',
        severity: 'error',
      });
    }
    return undefined;
  }
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
    if (!archived)
      push(
        ['sources', i],
        `sources[${i}]`,
        `"${id}" is a live status page that can change; cite an archived copy beside it`,
        'add the id of an archived copy (a source with `mirror_of: ' + id + '` or a web.archive.org URL of the page)',
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
    checkSafety(block.text, { file: parsed.file, line: block.line, field }, true, problems);
    const r = results[i];
    if (!r) return;
    if (!r.ok) {
      const line = r.error.line !== undefined ? block.line + Math.max(0, r.error.line - 1) : block.line;
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
  const lines = parsed.body.split('\n');
  let inFence = false;
  const prose = lines.map((l) => {
    if (/^```/.test(l)) {
      inFence = !inFence;
      return '';
    }
    return inFence ? '' : l;
  });
  checkSafety(prose.join('\n'), { file: parsed.file, line: parsed.bodyLine, field: 'body' }, false, problems);
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

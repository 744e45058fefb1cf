import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LineCounter, parseDocument, isSeq, isNode } from 'yaml';
import type { z } from 'zod';
import {
  companySchema,
  incidentRecordSchema,
  sourceSchema,
  symptomSchema,
  type Company,
  type IncidentRecord,
  type Source,
  type Symptom,
} from '../../src/content-schema/entry-schema';
import type { Problem } from './problem';

export interface Registries {
  companies: Map<string, Company>;
  symptoms: Map<string, Symptom>;
  sources: Map<string, Source>;
  incidents: Map<string, IncidentRecord>;
  /** Where each source is defined, for problems found after loading. */
  sourceLines: Map<string, { file: string; line: number }>;
  /** Where each company, symptom and incident is defined (`companies:<id>`, …). */
  registryLines: Map<string, { file: string; line: number }>;
}

/** Load one YAML list registry, validating every item and reporting file:line for each problem. */
async function loadList<S extends z.ZodType<{ id: string }>>(
  dataDir: string,
  name: string,
  schema: S,
  problems: Problem[],
  lines?: Map<string, { file: string; line: number }>,
  optional = false,
): Promise<Map<string, z.output<S>>> {
  const file = join(dataDir, name);
  const rel = file.replace(/^\.\//, '');
  const out = new Map<string, z.output<S>>();
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    if (optional) return out;
    problems.push({
      file: rel,
      line: 1,
      field: 'file',
      message: `registry ${name} is missing`,
      hint: 'restore it from git',
      gate: 'schema',
      severity: 'error',
    });
    return out;
  }
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true });
  if (doc.errors.length) {
    for (const e of doc.errors) {
      problems.push({
        file: rel,
        line: lc.linePos(e.pos[0]).line,
        field: 'yaml',
        message: e.message.split('\n')[0] ?? 'invalid YAML',
        gate: 'schema',
        severity: 'error',
      });
    }
    return out;
  }
  if (!isSeq(doc.contents)) {
    problems.push({ file: rel, line: 1, field: 'file', message: 'registry must be a YAML list', gate: 'schema', severity: 'error' });
    return out;
  }
  doc.contents.items.forEach((item, i) => {
    const line = isNode(item) && item.range ? lc.linePos(item.range[0]).line : 1;
    const parsed = schema.safeParse(isNode(item) ? item.toJSON() : item);
    if (!parsed.success) {
      const id = isNode(item) ? String((item.toJSON() as { id?: unknown } | null)?.id ?? '') : '';
      for (const issue of parsed.error.issues) {
        const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
        problems.push({
          file: rel,
          line,
          field: `[${i}]${id ? ` ${id}` : ''}.${issue.path.join('.')}`,
          message: missing ? 'required field is missing' : issue.message,
          hint:
            missing && issue.path[0] === 'first_party'
              ? "say whether this is the organisation's own page (true) or a third party's (false)"
              : undefined,
          gate: 'schema',
          severity: 'error',
        });
      }
      return;
    }
    const value = parsed.data;
    lines?.set(value.id, { file: rel, line });
    if (out.has(value.id)) {
      problems.push({
        file: rel,
        line,
        field: `[${i}].id`,
        message: `duplicate id "${value.id}"`,
        hint: 'ids must be unique within a registry',
        gate: 'schema',
        severity: 'error',
      });
    }
    out.set(value.id, value);
  });
  return out;
}

/**
 * The registries of the built-in folder plus those of each extra folder (a team's own content, issue #19).
 * An extra folder's registries are optional; an id defined in two folders is an error naming both files.
 */
export async function loadAllRegistries(dataDir: string, extraDirs: readonly string[], problems: Problem[]): Promise<Registries> {
  const reg = await loadRegistries(dataDir, problems);
  for (const dir of extraDirs) {
    const more = await loadRegistries(dir, problems, true);
    const merge = <T>(
      kind: string,
      into: Map<string, T>,
      from: Map<string, T>,
      where: (id: string) => { file: string; line: number },
      first: (id: string) => string,
    ): void => {
      for (const [id, v] of from) {
        if (into.has(id)) {
          problems.push({
            ...where(id),
            field: `${kind}.${id}`,
            message: `${kind} id "${id}" is already defined in ${first(id)}`,
            hint: 'give your own content ids that the built-in content does not use (a team prefix works)',
            gate: 'schema',
            severity: 'error',
          });
          continue;
        }
        into.set(id, v);
      }
    };
    const at = (kind: string, file: string) => (id: string) =>
      more.registryLines.get(`${kind}:${id}`) ?? { file: join(dir, file), line: 1 };
    const firstAt = (kind: string, file: string) => (id: string) => {
      const l = reg.registryLines.get(`${kind}:${id}`);
      return l ? `${l.file}:${l.line}` : join(dataDir, file);
    };
    merge('company', reg.companies, more.companies, at('companies', 'companies.yaml'), firstAt('companies', 'companies.yaml'));
    merge('symptom', reg.symptoms, more.symptoms, at('symptoms', 'symptoms.yaml'), firstAt('symptoms', 'symptoms.yaml'));
    merge('incident', reg.incidents, more.incidents, at('incidents', 'incidents.yaml'), firstAt('incidents', 'incidents.yaml'));
    for (const [id, s] of more.sources) {
      const here = more.sourceLines.get(id) ?? { file: join(dir, 'sources.yaml'), line: 1 };
      const there = reg.sourceLines.get(id);
      if (reg.sources.has(id)) {
        problems.push({
          ...here,
          field: `source.${id}`,
          message: `source id "${id}" is already defined in ${there ? `${there.file}:${there.line}` : dataDir}`,
          hint: 'cite the existing source by its id instead of redefining it, or give yours another id',
          gate: 'schema',
          severity: 'error',
        });
        continue;
      }
      reg.sources.set(id, s);
      reg.sourceLines.set(id, here);
    }
  }
  return reg;
}

export async function loadRegistries(dataDir: string, problems: Problem[], optional = false): Promise<Registries> {
  // Sources may be split over several files (`sources.yaml`, `sources-docs.yaml`, …) so that
  // writers adding sources in parallel never edit the same file.
  const sourceLines = new Map<string, { file: string; line: number }>();
  const registryLines = new Map<string, { file: string; line: number }>();
  // A Map-like view that files each id under `<kind>:<id>` in registryLines.
  const sourceLinesFor = (kind: string): Map<string, { file: string; line: number }> =>
    ({ set: (id: string, at: { file: string; line: number }) => registryLines.set(`${kind}:${id}`, at) }) as unknown as Map<
      string,
      { file: string; line: number }
    >;
  const sourceFiles = (await readdir(dataDir).catch(() => [] as string[])).filter((f) => /^sources(-[a-z0-9-]+)?\.yaml$/.test(f)).sort();
  if (!sourceFiles.includes('sources.yaml')) sourceFiles.unshift('sources.yaml');
  const [companies, symptoms, incidents, ...sourceMaps] = await Promise.all([
    loadList(dataDir, 'companies.yaml', companySchema, problems, sourceLinesFor('companies'), optional),
    loadList(dataDir, 'symptoms.yaml', symptomSchema, problems, sourceLinesFor('symptoms'), optional),
    loadList(dataDir, 'incidents.yaml', incidentRecordSchema, problems, sourceLinesFor('incidents'), optional),
    ...sourceFiles.map((f) => loadList(dataDir, f, sourceSchema, problems, sourceLines, optional)),
  ]);
  const sources = new Map<string, Source>();
  sourceMaps.forEach((m, i) => {
    for (const [id, s] of m) {
      if (sources.has(id))
        problems.push({
          file: join(dataDir, sourceFiles[i] ?? ''),
          line: 1,
          field: id,
          message: `duplicate source id "${id}"`,
          hint: 'source ids are unique across all sources*.yaml files',
          gate: 'schema',
          severity: 'error',
        });
      sources.set(id, s as Source);
    }
  });
  for (const inc of incidents.values()) {
    for (const s of inc.sources) {
      if (!sources.has(s)) {
        problems.push({
          file: join(dataDir, 'incidents.yaml'),
          line: 1,
          field: `${inc.id}.sources`,
          message: `unknown source id "${s}"`,
          gate: 'schema',
          severity: 'error',
        });
      }
    }
  }
  checkSourceHonesty(sources, sourceLines, problems);
  return { companies, symptoms, sources, incidents, sourceLines, registryLines };
}

/** Honesty rules 2 and 10 on the registry itself: mirrors point at real originals, rolling pages have an archive, Atlas is never evidence. */
function checkSourceHonesty(sources: Map<string, Source>, lines: Map<string, { file: string; line: number }>, problems: Problem[]): void {
  for (const [id, s] of sources) {
    const at = lines.get(id) ?? { file: 'sources.yaml', line: 1 };
    const push = (field: string, message: string, hint: string): void => {
      problems.push({ ...at, field: `${id}.${field}`, message, hint, gate: 'sources', severity: 'error' });
    };
    if (s.mirror_of !== undefined && !sources.has(s.mirror_of))
      push('mirror_of', `mirror_of names unknown source "${s.mirror_of}"`, 'use the id of the original page in a sources*.yaml file');
    if (s.mirror_of === id) push('mirror_of', 'a source cannot be a mirror of itself', 'point mirror_of at the original page');
    if (s.rolling && !s.archive)
      push('archive', 'a rolling page needs an archived copy', 'add `archive:` with the URL of a real archived copy you found');
    if (/\batlas\b/i.test(s.publisher) || /^https?:\/\/(localhost|127\.|\[::1\])/.test(s.url))
      push('publisher', "the project's own pages are never evidence", 'cite the public report or docs the fact comes from');
  }
}

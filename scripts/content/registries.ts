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
}

/** Load one YAML list registry, validating every item and reporting file:line for each problem. */
async function loadList<S extends z.ZodType<{ id: string }>>(
  dataDir: string,
  name: string,
  schema: S,
  problems: Problem[],
): Promise<Map<string, z.output<S>>> {
  const file = join(dataDir, name);
  const rel = file.replace(/^\.\//, '');
  const out = new Map<string, z.output<S>>();
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
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
      for (const issue of parsed.error.issues) {
        problems.push({
          file: rel,
          line,
          field: `[${i}].${issue.path.join('.')}`,
          message: issue.message,
          gate: 'schema',
          severity: 'error',
        });
      }
      return;
    }
    const value = parsed.data;
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

export async function loadRegistries(dataDir: string, problems: Problem[]): Promise<Registries> {
  // Sources may be split over several files (`sources.yaml`, `sources-docs.yaml`, …) so that
  // writers adding sources in parallel never edit the same file.
  const sourceFiles = (await readdir(dataDir).catch(() => [] as string[])).filter((f) => /^sources(-[a-z0-9-]+)?\.yaml$/.test(f)).sort();
  if (!sourceFiles.includes('sources.yaml')) sourceFiles.unshift('sources.yaml');
  const [companies, symptoms, incidents, ...sourceMaps] = await Promise.all([
    loadList(dataDir, 'companies.yaml', companySchema, problems),
    loadList(dataDir, 'symptoms.yaml', symptomSchema, problems),
    loadList(dataDir, 'incidents.yaml', incidentRecordSchema, problems),
    ...sourceFiles.map((f) => loadList(dataDir, f, sourceSchema, problems)),
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
  return { companies, symptoms, sources, incidents };
}

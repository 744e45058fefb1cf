/**
 * Writes synthetic entries as a data folder the real content build accepts: the real
 * registries (copied, so registry ids in the frontmatter resolve) plus one Markdown file per
 * entry under entries/<category>/, in the format of docs/authoring.md.
 */
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { NOT_PUBLIC } from '../../src/content-schema/taxonomy';
import type { SyntheticEntry } from './synthetic-corpus';

export function toMarkdown(e: SyntheticEntry): string {
  // Key order as authors write it; yaml quotes whatever needs quoting (titles with `:`).
  const fm = stringify(e.frontmatter, { lineWidth: 0 }).trimEnd();
  const [primary, ...views] = e.diagrams;
  const parts = ['---', fm, '---', '', '```mermaid', primary?.source ?? 'flowchart LR\n  A --> B', '```', ''];
  for (const v of views) parts.push(`## ${v.heading}`, '', '```mermaid', v.source, '```', '');
  for (const s of e.sections) parts.push(`## ${s.heading}`, '', s.text, '');
  // Word chains from real prose can produce an undated "not public", which the honesty gate rejects.
  return parts.join('\n').replace(new RegExp(NOT_PUBLIC.source, 'gi'), 'unknown');
}

/** Replace `dir` with the registries of `registryDir` and the given entries. */
export async function writeDataFolder(dir: string, registryDir: string, entries: SyntheticEntry[]): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'entries'), { recursive: true });
  for (const f of await readdir(registryDir)) {
    if (f.endsWith('.yaml')) await copyFile(join(registryDir, f), join(dir, f));
  }
  const folders = new Set(entries.map((e) => e.frontmatter.category));
  await Promise.all([...folders].map((c) => mkdir(join(dir, 'entries', c), { recursive: true })));
  await Promise.all(entries.map((e) => writeFile(join(dir, 'entries', e.frontmatter.category, `${e.frontmatter.id}.md`), toMarkdown(e))));
}

import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContent, type BuildResult } from './build';
import { formatProblem, type Problem } from './problem';

// Hostile and careless entries (issue #20). All of them are built together in one data folder, so the
// run also proves that no file stops the other files' problems from being reported.
const FIX = join(import.meta.dirname, '__fixtures__');
let dir: string;
let result: BuildResult;
const texts = new Map<string, string>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-hostile-'));
  await cp(join(FIX, 'valid'), dir, { recursive: true });
  const target = join(dir, 'entries', 'debugging');
  for (const f of await readdir(join(FIX, 'hostile'))) {
    const text = await readFile(join(FIX, 'hostile', f), 'utf8');
    texts.set(f, text);
    await writeFile(join(target, f), text);
  }
  await symlink('/dev/zero', join(target, 'zero-link.md'));
  // Binary garbage whose first NUL byte is on line 3.
  await writeFile(join(target, 'late-binary.md'), Buffer.concat([Buffer.from('---\nid: x\n'), Buffer.from([0x41, 0x00, 0x42])]));
  // A second entry for netflix/architecture: both files must hear about the collision.
  const arch = await readFile(join(FIX, 'valid', 'entries', 'systems', 'netflix-architecture.md'), 'utf8');
  await mkdir(join(dir, 'entries', 'systems'), { recursive: true });
  await writeFile(
    join(dir, 'entries', 'systems', 'netflix-architecture-2.md'),
    arch.replace('id: netflix-architecture', 'id: netflix-architecture-2'),
  );
  result = await buildContent({ dataDir: dir, workers: 2 });
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const of = (file: string): Problem[] => result.problems.filter((p) => p.file.endsWith(`/${file}`) && p.severity === 'error');
const lineOf = (file: string, needle: string): number => (texts.get(file) ?? '').split('\n').findIndex((l) => l.includes(needle)) + 1;

interface Case {
  file: string;
  message: RegExp;
  field?: RegExp;
  /** Text on the line the problem must point at, or a line number. */
  at?: string | number;
}

const CASES: Case[] = [
  { file: 'config-frontmatter.md', message: /mermaid frontmatter .* not allowed/, at: 16 },
  { file: 'html-split-lines.md', message: /label holds HTML `<form/, field: /^mermaid$/ },
  { file: 'html-entities.md', message: /label holds HTML `<input/ },
  { file: 'style-after-semicolon.md', message: /hard-coded styl/, at: ';style A' },
  { file: 'classdef-after-semicolon.md', message: /hard-coded styl/, at: 'classDef hot' },
  { file: 'sequence-rect.md', message: /hard-coded styling in the parsed diagram: rect rgb/ },
  { file: 'sequence-coloured-box.md', message: /hard-coded styling in the parsed diagram: coloured box/ },
  { file: 'click-href.md', message: /links inside diagrams are not allowed: A → https:\/\/evil\.example/ },
  { file: 'actor-link.md', message: /links inside diagrams are not allowed: A → https:\/\/evil\.example/ },
  { file: 'image-node.md', message: /images inside diagrams are not allowed/ },
  { file: 'nested-subgraphs.md', message: /subgraphs nested 8 deep; the limit is 5/ },
  { file: 'long-label.md', message: /a label is 500 characters; the limit is 400/ },
  { file: 'huge-block.md', message: /diagram is \d+ characters; the limit is 20000/ },
  { file: 'too-many-edges.md', message: /450 edges; the limit is 400/, at: 'a0 --> b400' },
  { file: 'fence-info-string.md', message: /raw HTML `<iframe src=x>`/, field: /^body$/, at: '<iframe' },
  { file: 'title-html.md', message: /raw HTML `<img src=x onerror=alert\(1\)>`/, field: /^title$/, at: 'title:' },
  { file: 'bidi-override.md', message: /bidirectional override/, at: 'Access level' },
  { file: 'impossible-date.md', message: /not a real calendar date/, field: /^last_reviewed$/, at: 'last_reviewed' },
  { file: 'unknown-key.md', message: /[Uu]nrecognized key/, at: 'colour: red' },
  { file: 'yaml-alias-bomb.md', message: /anchors and aliases .* not allowed/, at: 'x: &a' },
];

describe('hostile entries are refused with file, line and field', () => {
  for (const c of CASES) {
    it(c.file.replace(/\.md$/, ''), () => {
      const mine = of(c.file);
      const hit = mine.find((p) => c.message.test(p.message) && (!c.field || c.field.test(p.field)));
      expect(hit, `problems were:\n${mine.map(formatProblem).join('\n')}`).toBeDefined();
      if (c.at !== undefined) expect(hit?.line).toBe(typeof c.at === 'number' ? c.at : lineOf(c.file, c.at));
      expect(hit?.hint).toBeTruthy();
    });
  }

  it('a symlink (here to /dev/zero) is refused without being read', () => {
    expect(of('zero-link.md').map(formatProblem)).toEqual([
      expect.stringMatching(/zero-link\.md:1 → file → symbolic links are not followed/),
    ]);
  });

  it('binary content is reported at the line of the first bad byte', () => {
    expect(of('late-binary.md')[0]).toMatchObject({ line: 3, message: 'file is binary, not text' });
  });

  it('a company/kind slot taken twice is reported on both files, each naming the other', () => {
    const a = result.problems.find((p) => p.file.endsWith('/netflix-architecture.md') && /taken twice/.test(p.message));
    const b = result.problems.find((p) => p.file.endsWith('/netflix-architecture-2.md') && /taken twice/.test(p.message));
    expect(a?.message).toMatch(/netflix-architecture-2\.md/);
    expect(b?.message).toMatch(/netflix-architecture\.md/);
  });

  it('a sequence diagram with a plain `box` is accepted (it was falsely rejected)', () => {
    expect(of('sequence-box-ok.md').map(formatProblem)).toEqual([]);
  });

  it('every hostile file got its own problems; none was lost to another', () => {
    for (const c of CASES) expect(of(c.file).length, c.file).toBeGreaterThan(0);
    expect(result.problems.some((p) => /could not be checked|internal error/.test(p.message))).toBe(false);
  });
});

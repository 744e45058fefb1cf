import { LineCounter, parseDocument, isNode, visit, type Document } from 'yaml';
import { fenceEnd, fenceLanguage } from './fences';
import type { Problem } from './problem';

export interface MermaidBlock {
  /** Heading the block sits under (`''` for the primary block above any heading). */
  heading: string;
  text: string;
  /** 1-based file line of the block's first content line (the diagram header). */
  line: number;
}

export interface BodySection {
  heading: string;
  /** 1-based file line of the heading. */
  line: number;
  text: string;
}

export interface ParsedFile {
  file: string;
  /** The whole file with line endings normalised, for whole-file text rules. */
  text: string;
  data: unknown;
  doc: Document | undefined;
  lineCounter: LineCounter;
  /** File line of the first frontmatter line (after `---`). */
  fmLine: number;
  blocks: MermaidBlock[];
  sections: BodySection[];
  body: string;
  bodyLine: number;
}

/** Split a file into frontmatter, mermaid blocks and `##` sections; never throws. */
export function parseEntryFile(file: string, text: string, problems: Problem[]): ParsedFile | undefined {
  const push = (line: number, field: string, message: string, hint?: string): void => {
    problems.push({ file, line, field, message, hint, gate: 'schema', severity: 'error' });
  };
  if (text.trim() === '') {
    push(1, 'file', 'the file is empty', 'start with a `---` frontmatter block; see docs/authoring.md');
    return undefined;
  }
  const normalized = text.replace(/\r\n?/g, '\n');
  const lines = normalized.split('\n');
  if (lines[0]?.trim() !== '---') {
    push(1, 'file', 'the file does not start with `---` frontmatter', 'the first line must be exactly `---`');
    return undefined;
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) {
    push(1, 'file', 'the frontmatter is never closed', 'add a line `---` after the last field');
    return undefined;
  }
  const fmText = lines.slice(1, end).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(fmText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  let data: unknown;
  if (doc.errors.length > 0) {
    const fmLines = fmText.split('\n');
    for (const err of doc.errors) {
      let line = lineCounter.linePos(err.pos[0]).line;
      // An unclosed `[`/`{` is only noticed on a later line: point at the line that opened it.
      const close = /end with an? ([\]}])/.exec(err.message)?.[1];
      if (close) {
        const open = close === ']' ? '[' : '{';
        for (let l = Math.min(line, fmLines.length); l >= 1; l--) {
          const t = fmLines[l - 1] ?? '';
          if (t.split(open).length > t.split(close).length) {
            line = l;
            break;
          }
        }
      }
      push(
        line + 1,
        'frontmatter',
        `invalid YAML: ${err.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
        close ? `close the \`${close === ']' ? '[' : '{'}\` opened on this line` : 'check indentation, colons and quotes on that line',
      );
    }
  } else {
    // Anchors and aliases have no use in an entry, and a few lines of aliases expand exponentially
    // (a "billion laughs" bomb): refuse them before anything expands the document.
    let alias: number | undefined;
    visit(doc, {
      Alias(_, node) {
        alias ??= node.range ? node.range[0] : 0;
      },
      Node(_, node) {
        if (node.anchor && alias === undefined) alias = node.range ? node.range[0] : 0;
      },
    });
    if (alias !== undefined) {
      push(
        lineCounter.linePos(alias).line + 1,
        'frontmatter',
        'YAML anchors and aliases (`&name`, `*name`) are not allowed',
        'write each value out in full',
      );
    } else data = doc.toJS();
  }
  // Bidirectional overrides visibly reverse text ("Trojan Source"); nothing in an entry needs them.
  const bidi = lines.findIndex((l) => /[\u202A-\u202E\u2066-\u2069]/.test(l));
  if (bidi >= 0)
    push(
      bidi + 1,
      'file',
      'bidirectional override characters (U+202A–202E, U+2066–2069) are not allowed',
      'delete them; they reverse how text reads',
    );

  const blocks: MermaidBlock[] = [];
  const sections: BodySection[] = [];
  let heading = '';
  let current: BodySection | undefined;
  for (let i = end + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const lang = fenceLanguage(line);
    if (lang !== undefined) {
      const close = fenceEnd(lines, i);
      const stop = close < 0 ? lines.length : close;
      if (close < 0) push(i + 1, 'body', `code block opened here is never closed`, 'add a closing ``` line');
      if (lang === 'mermaid') {
        blocks.push({ heading, text: lines.slice(i + 1, stop).join('\n'), line: i + 2 });
      }
      if (current) current.text += lines.slice(i, stop + 1).join('\n') + '\n';
      i = stop;
      continue;
    }
    const h = /^##\s+(.+?)\s*$/.exec(line);
    if (h) {
      heading = h[1] ?? '';
      current = { heading, line: i + 1, text: '' };
      sections.push(current);
      continue;
    }
    if (current) current.text += line + '\n';
  }
  return {
    file,
    text: normalized,
    data,
    doc: doc.errors.length ? undefined : doc,
    lineCounter,
    fmLine: 2,
    blocks,
    sections,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
  };
}

/** File line of a frontmatter field (by path), falling back to the frontmatter's first line. */
export function lineOfField(parsed: ParsedFile, path: readonly PropertyKey[]): number {
  if (!parsed.doc) return parsed.fmLine;
  for (let n = path.length; n >= 0; n--) {
    const node = parsed.doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) {
      return parsed.lineCounter.linePos(node.range[0]).line + parsed.fmLine - 1;
    }
    if (n === 0) break;
  }
  return parsed.fmLine;
}

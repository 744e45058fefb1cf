/**
 * One definition of a fenced code block for the whole build (the parser, the prose scan and the Markdown
 * reducer), so that no fence spelling — ```` ```js title=x ````, a bare ```` ``` ```` — can hide text from one
 * and show it to another. As in CommonMark, any line starting with three backticks opens a block, the first
 * word of the rest is its language, and the next line of only backticks closes it.
 */
export function fenceLanguage(line: string): string | undefined {
  const m = /^```(.*)$/.exec(line);
  if (!m) return undefined;
  return (m[1] ?? '').trim().split(/\s+/)[0] ?? '';
}

/** Index of the line closing the block opened at `open`, or -1 when it is never closed. */
export function fenceEnd(lines: readonly string[], open: number): number {
  return lines.findIndex((l, j) => j > open && /^```\s*$/.test(l));
}

/** The text with every fenced block blanked out (line count kept), for scanning prose. */
export function withoutFences(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (fenceLanguage(lines[i] ?? '') === undefined) continue;
    const end = fenceEnd(lines, i);
    const stop = end < 0 ? lines.length - 1 : end;
    for (let j = i; j <= stop; j++) lines[j] = '';
    i = stop;
  }
  return lines.join('\n');
}

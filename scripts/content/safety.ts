import type { Problem } from './problem';

const ALLOWED_TAGS = new Set(['br', 'b', 'i', 'small']);

interface Located {
  file: string;
  /** File line of the first line of `text`. */
  line: number;
  field: string;
}

/**
 * Gate 6 (unsafe content) and the colour half of gate 5, on a mermaid block or body text.
 * Line-based so each finding points at the exact file line.
 */
export function checkSafety(text: string, where: Located, isMermaid: boolean, problems: Problem[]): void {
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = where.line + i;
    const push = (gate: Problem['gate'], message: string, hint: string): void => {
      problems.push({ file: where.file, line, field: where.field, message, hint, gate, severity: 'error' });
    };
    // Inline code spans in prose may quote anything (e.g. a command with `<host>`).
    const scan = isMermaid ? raw : raw.replace(/`[^`]*`/g, '');
    if (isMermaid && /%%\{/.test(scan)) {
      push('safe', '`%%{init}%%` directives are not allowed', 'theme and config are set by the app; remove the directive');
    }
    if (isMermaid && /^\s*click\s+\S+.*\bcall\b/.test(scan)) {
      push('safe', '`click … call` callbacks are not allowed', 'node interaction is bound by the app; remove the click line');
    }
    if (/javascript\s*:/i.test(scan)) {
      push('safe', '`javascript:` URLs are not allowed', 'link only to http(s) sources');
    }
    for (const m of scan.matchAll(/<\s*(\/?)\s*([a-zA-Z][\w-]*)([^>]*)>/g)) {
      const tag = (m[2] ?? '').toLowerCase();
      const attrs = (m[3] ?? '').replace(/\/\s*$/, '').trim();
      if (tag === 'script') push('safe', 'raw `<script>` is not allowed', 'remove it; diagrams are text only');
      else if (!ALLOWED_TAGS.has(tag) || attrs !== '') {
        push('safe', `raw HTML \`${m[0]}\` is not allowed`, 'only <br/>, <b>, <i> and <small> without attributes are allowed');
      }
    }
    if (isMermaid) {
      // Statements can be chained with `;` on one line: check each one.
      const statements = scan.split(';');
      if (
        statements.some((st) => /^\s*(classDef|style|linkStyle)\b/.test(st)) ||
        /(^|[\s,;])(fill|stroke|color|background)\s*:/i.test(scan)
      ) {
        push(
          'planes',
          'hard-coded styles or colours are not allowed',
          'use a plane class (`:::edge`, `:::service`, `:::state`, `:::control`); the palette is injected by the app',
        );
      }
    }
  });
}

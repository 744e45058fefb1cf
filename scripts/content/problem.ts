import type { Gate } from '../../src/content-schema/taxonomy';

/** One thing wrong with the content, located precisely enough to fix without searching. */
export interface Problem {
  /** Path relative to the project root, e.g. `data/entries/debugging/kafka-consumer-lag.md`. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** Frontmatter field path (`sources[2]`), `mermaid`, `body` or `file`. */
  field: string;
  message: string;
  hint?: string;
  /** Which quality gate failed; `schema` for structural problems. */
  gate: Gate;
  severity: 'error' | 'warning';
}

export function formatProblem(p: Problem): string {
  const hint = p.hint ? ` (hint: ${p.hint})` : '';
  const tag = p.severity === 'warning' ? 'warning: ' : '';
  return `${p.file}:${p.line} → ${p.field} → ${tag}${p.message}${hint}`;
}

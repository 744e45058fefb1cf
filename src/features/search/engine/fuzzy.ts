/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions: "kafak" → "kafka" is 1),
 * stopped early once it exceeds `max`. Small strings only (query words against phrase words).
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(n + 1).fill(0);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return false;
    prev2 = prev;
    prev = cur;
  }
  return (prev[n] ?? max + 1) <= max;
}

/** How many edits a word of this length may be off by and still count as the same word. */
export const editsAllowed = (len: number): number => (len >= 8 ? 2 : len >= 4 ? 1 : 0);

/** A query word matches an index word: equal, a typo of it, or (while being typed) its prefix. */
export function wordMatches(query: { term: string; raw: string }, word: string, isLast: boolean): boolean {
  if (query.term === word || query.raw === word) return true;
  if (isLast && query.raw.length >= 3 && word.startsWith(query.raw)) return true;
  return withinEdits(query.term, word, editsAllowed(Math.min(query.term.length, word.length)));
}

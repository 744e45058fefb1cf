const NON_ASCII = /[\u0080-\uffff]/;

const STOP = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'to',
  'in',
  'on',
  'for',
  'with',
  'at',
  'by',
  'is',
  'are',
  'how',
  'from',
  'or',
  'as',
  'it',
  'its',
  'vs',
  'into',
  'what',
  'when',
  'why',
  // Filler that carries no meaning in a query ("no such thing", "this is not working").
  'no',
  'not',
  'such',
  'thing',
  'this',
  'that',
  'be',
]);

/** Fold a word to its index form: lowercase, no accents, trailing plural `s` removed. */
export function normalizeTerm(word: string): string {
  let w = word.toLowerCase();
  // NFKD is the slow part of tokenizing; plain ASCII (almost every word) never needs it.
  if (NON_ASCII.test(w)) w = w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !/\d/.test(w)) w = w.slice(0, -1);
  // A light stem, the same on both sides: "resolving", "resolved" and "resolve" meet at "resolv",
  // "caching" and "cache" at "cach". Words with digits (s3, p99, 5xx) are left alone.
  if (/\d/.test(w)) return w;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * camelCase and PascalCase identifiers (alert names, exceptions: `KubePodCrashLooping`,
 * `NotEnoughReplicasException`) also yield their parts, so they meet the prose that describes them.
 */
function camelParts(word: string): string[] {
  if (!/[a-z][A-Z]/.test(word)) return [];
  return word
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(' ')
    .filter((w) => w.length > 1 && !STOP.has(w));
}

/** Split text into index terms. Keeps digits inside words (`s3`, `5xx`, `p99`). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
    const raw = word.toLowerCase();
    if (raw.length === 0 || STOP.has(raw)) continue;
    out.push(normalizeTerm(raw));
    for (const part of camelParts(word)) out.push(normalizeTerm(part));
  }
  return out;
}

/** Query terms keep their raw form too, so the last (still being typed) word can prefix-match. */
export function queryTerms(query: string): { term: string; raw: string }[] {
  return query
    .split(/[^\p{L}\p{N}]+/u)
    .flatMap((word) => {
      const raw = word.toLowerCase();
      // An identifier is searched by its parts (the whole rarely appears in prose).
      const parts = camelParts(word);
      return parts.length > 1 ? parts : [raw];
    })
    .filter((w) => w.length > 0 && !STOP.has(w))
    .map((raw) => ({ raw, term: normalizeTerm(raw) }));
}

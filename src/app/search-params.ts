import { isChecklistParam } from '../features/checklist/checklist-state';
import { CATEGORIES, PLANES } from '../content-schema/taxonomy';

/**
 * URL search params are user input: each is validated on its own and dropped when invalid,
 * so a mangled link still opens (with what could be kept) instead of failing.
 * Hand-written rather than zod so the home page does not ship a schema library.
 */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = (v: unknown): string | undefined => {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  // Not trimmed: the search box is bound to this value and a trailing space is part of typing.
  const s = String(v);
  return s.trim().length >= 1 && s.length <= 200 ? s : undefined;
};
const id = (v: unknown): string | undefined => (typeof v === 'string' && v.length <= 120 && ID.test(v) ? v : undefined);
const oneOf = <T extends string>(list: readonly T[], v: unknown): T | undefined =>
  (list as readonly unknown[]).includes(v) ? (v as T) : undefined;

export interface FilterSearch {
  q?: string;
  cat?: string;
  co?: string;
  plane?: string;
  sym?: string;
}

export interface DiagramSearch extends FilterSearch {
  node?: string;
  fs?: true;
  seq?: 'company' | 'results';
  step?: number;
  /** Which view of the entry the canvas shows (1 = the first extra view); absent = the primary diagram. */
  view?: number;
  /** The "At 3 AM" checklist's progress (features/checklist/checklist-state.ts). */
  ck?: string;
  /** The component whose card is open (a node id of the primary diagram). */
  card?: string;
  /** `0`: the failure-history badges are hidden. */
  hist?: 0;
  /** Zoom and view from "Copy link": `scale,cx,cy` (the diagram point at the canvas centre). */
  z?: string;
}

const strip = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

// Validators return every known key, `undefined` when invalid: TanStack merges the raw params
// under the validated ones, so only an explicit `undefined` removes an invalid value.

export function validateFilterSearch(raw: Record<string, unknown>): FilterSearch {
  return { q: text(raw.q), cat: oneOf(CATEGORIES, raw.cat), co: id(raw.co), plane: oneOf(PLANES, raw.plane), sym: id(raw.sym) };
}

export function validateDiagramSearch(raw: Record<string, unknown>): DiagramSearch {
  const step = typeof raw.step === 'number' ? raw.step : typeof raw.step === 'string' ? Number(raw.step) : NaN;
  const view = typeof raw.view === 'number' ? raw.view : typeof raw.view === 'string' ? Number(raw.view) : NaN;
  return {
    ...validateFilterSearch(raw),
    node: typeof raw.node === 'string' && raw.node.length > 0 && raw.node.length <= 120 ? raw.node : undefined,
    fs: raw.fs === true || raw.fs === 1 || raw.fs === '1' || raw.fs === 'true' ? (true as const) : undefined,
    seq: oneOf(['company', 'results'] as const, raw.seq),
    step: Number.isInteger(step) && step >= 0 && step <= 100_000 ? step : undefined,
    view: Number.isInteger(view) && view >= 1 && view <= 20 ? view : undefined,
    ck: isChecklistParam(raw.ck) ? raw.ck : undefined,
    card: typeof raw.card === 'string' && /^[\w.-]{1,80}$/.test(raw.card) ? raw.card : undefined,
    hist: raw.hist === 0 || raw.hist === '0' ? (0 as const) : undefined,
    z: typeof raw.z === 'string' && /^(0\.\d{1,4}|[1-9]\d?(\.\d{1,4})?),-?\d{1,6},-?\d{1,6}$/.test(raw.z) ? raw.z : undefined,
  };
}

export interface CompareSearch {
  a?: string;
  b?: string;
  lock?: true;
}

export function validateCompareSearch(raw: Record<string, unknown>): CompareSearch {
  return {
    a: id(raw.a),
    b: id(raw.b),
    lock: raw.lock === true || raw.lock === 1 || raw.lock === '1' || raw.lock === 'true' ? (true as const) : undefined,
  };
}

export function validateIncidentSearch(raw: Record<string, unknown>): { sym?: string } {
  return { sym: id(raw.sym) };
}

/** Map URL filter names onto the search engine's filter names. */
export const toFilters = (s: FilterSearch) => strip({ category: s.cat, company: s.co, plane: s.plane, symptom: s.sym });

/**
 * Checklist state for the "At 3 AM" steps, kept whole in the URL (`?ck=`) so a pasted link hands the exact
 * progress to the next responder; nothing is stored anywhere else. Compact: a base64url JSON list of
 * `[step, minute ticked (base 36, UTC), note?]`, only for steps that were ticked or annotated.
 */
export interface StepState {
  done: boolean;
  /** When it was ticked, as epoch minutes (0 when not ticked). */
  at: number;
  note: string;
}
export type ChecklistState = Record<number, StepState>;

const MAX_NOTE = 140;
const MAX_STEPS = 40;

function toBase64Url(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): string {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

export function encodeChecklist(state: ChecklistState): string | undefined {
  const rows = Object.entries(state)
    .filter(([, s]) => s.done || s.note.trim() !== '')
    .map(([i, s]) => {
      const row: (number | string)[] = [Number(i), s.done ? s.at.toString(36) : ''];
      if (s.note.trim()) row.push(s.note.trim().slice(0, MAX_NOTE));
      return row;
    });
  return rows.length ? toBase64Url(JSON.stringify(rows)) : undefined;
}

/** Never throws: a damaged or hand-edited link gives the steps it can read, or none. */
export function decodeChecklist(param: string | undefined): ChecklistState {
  if (!param) return {};
  try {
    const rows: unknown = JSON.parse(fromBase64Url(param));
    if (!Array.isArray(rows)) return {};
    const out: ChecklistState = {};
    for (const r of rows.slice(0, MAX_STEPS)) {
      if (!Array.isArray(r) || !Number.isInteger(r[0]) || (r[0] as number) < 0 || (r[0] as number) >= MAX_STEPS) continue;
      const at = typeof r[1] === 'string' && /^[0-9a-z]{1,9}$/.test(r[1]) ? parseInt(r[1], 36) : 0;
      const note = typeof r[2] === 'string' ? r[2].slice(0, MAX_NOTE) : '';
      out[r[0] as number] = { done: at > 0, at, note };
    }
    return out;
  } catch {
    return {};
  }
}

const hhmm = (minutes: number): string => new Date(minutes * 60_000).toISOString().slice(11, 16);

/** The checklist as Markdown for the incident document: ticks, UTC times and notes, and the handover link. */
export function checklistMarkdown(title: string, steps: string[], state: ChecklistState, link: string): string {
  const lines = [`### At 3 AM — ${title}`, ''];
  steps.forEach((text, i) => {
    const s = state[i];
    const when = s?.done ? ` (done ${hhmm(s.at)} UTC)` : '';
    const note = s?.note ? ` — note: ${s.note}` : '';
    lines.push(`- [${s?.done ? 'x' : ' '}] ${text.replace(/\s+/g, ' ').trim()}${when}${note}`);
  });
  lines.push('', `Progress link: ${link}`);
  return lines.join('\n');
}

/** True if `param` is plausible checklist state (route validation: short, base64url). */
export function isChecklistParam(param: unknown): param is string {
  return typeof param === 'string' && param.length > 0 && param.length <= 3000 && /^[A-Za-z0-9_-]+$/.test(param);
}

/** The current time as epoch minutes (a step's tick time). */
export function nowMinutes(): number {
  return Math.floor(Date.now() / 60_000);
}

import { describe, expect, it } from 'vitest';
import { checklistMarkdown, decodeChecklist, encodeChecklist, isChecklistParam } from './checklist-state';

describe('checklist state in the URL', () => {
  it('round-trips ticks, times and notes (including non-ASCII) through a compact base64url param', () => {
    const state = {
      0: { done: true, at: 29_000_000, note: '' },
      2: { done: false, at: 0, note: 'pager → Ana, ök' },
      3: { done: true, at: 29_000_005, note: 'rolled back' },
    };
    const p = encodeChecklist(state);
    expect(p && isChecklistParam(p)).toBe(true);
    expect((p ?? '').length).toBeLessThan(120);
    expect(decodeChecklist(p)).toEqual(state);
  });

  it('an empty checklist leaves no param, and a damaged one decodes to what it can (never throws)', () => {
    expect(encodeChecklist({ 1: { done: false, at: 0, note: '  ' } })).toBeUndefined();
    expect(decodeChecklist('not-base64!!')).toEqual({});
    expect(decodeChecklist(btoa('[[1,"zz"],["x"],[999,"1"],[2,"!!","n"]]').replace(/=+$/, ''))).toEqual({
      1: { done: true, at: parseInt('zz', 36), note: '' },
      2: { done: false, at: 0, note: 'n' },
    });
    expect(isChecklistParam('a b')).toBe(false);
  });

  it('copies as Markdown with ticks, UTC times, notes and the link', () => {
    const md = checklistMarkdown(
      'Kafka lag',
      ['Check lag', 'Scale consumers', 'Page owner'],
      { 0: { done: true, at: 29_000_000, note: 'lag 2M' } },
      'https://x/d/k?ck=1',
    );
    expect(md).toContain('- [x] Check lag (done ');
    expect(md).toMatch(/\(done \d\d:\d\d UTC\) — note: lag 2M/);
    expect(md).toContain('- [ ] Scale consumers');
    expect(md).toContain('Progress link: https://x/d/k?ck=1');
  });
});

import { describe, expect, it } from 'vitest';
import { toFilters, validateCompareSearch, validateDiagramSearch, validateFilterSearch } from '../../src/app/search-params';

describe('URL search params', () => {
  it('keeps valid values and blanks invalid ones explicitly', () => {
    expect(
      validateFilterSearch({ q: 'kafka lag ', cat: 'incidents', co: 'Bad Id!', plane: 'edge', sym: 'dns-resolution-failure' }),
    ).toEqual({
      q: 'kafka lag ',
      cat: 'incidents',
      co: undefined,
      plane: 'edge',
      sym: 'dns-resolution-failure',
    });
    expect(validateFilterSearch({ cat: 'gossip', plane: 'purple', q: '   ' })).toMatchObject({
      cat: undefined,
      plane: undefined,
      q: undefined,
    });
  });
  it('parses diagram params: fullscreen flag, sequence, step', () => {
    expect(validateDiagramSearch({ fs: '1', seq: 'company', step: '3', node: 'API' })).toMatchObject({
      fs: true,
      seq: 'company',
      step: 3,
      node: 'API',
    });
    expect(validateDiagramSearch({ fs: 'no', seq: 'everything', step: '-1' })).toMatchObject({
      fs: undefined,
      seq: undefined,
      step: undefined,
    });
  });
  it('validates the side-by-side params: two entry ids and the lock', () => {
    expect(validateCompareSearch({ a: 'netflix-storage', b: 'uber-storage', lock: '1' })).toEqual({
      a: 'netflix-storage',
      b: 'uber-storage',
      lock: true,
    });
    expect(validateCompareSearch({ a: '../etc', b: 42, lock: 'yes' })).toEqual({ a: undefined, b: undefined, lock: undefined });
  });
  it('keeps a checklist param only when it is compact base64url', () => {
    expect(validateDiagramSearch({ ck: 'W1swLCJhYiJdXQ' }).ck).toBe('W1swLCJhYiJdXQ');
    expect(validateDiagramSearch({ ck: '<script>' }).ck).toBeUndefined();
    expect(validateDiagramSearch({ ck: 'x'.repeat(4000) }).ck).toBeUndefined();
  });
  it('maps to engine filters without empty keys', () => {
    expect(toFilters({ q: 'x', cat: 'incidents', co: undefined })).toEqual({ category: 'incidents' });
  });
});

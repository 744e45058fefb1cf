import type { StartupIndex } from '../../content-schema/index-types';
import { SearchEngine } from './engine/search-engine';

const engines = new WeakMap<StartupIndex, SearchEngine>();

/** One engine per loaded index, built on first use and shared by every view. */
export function engineFor(index: StartupIndex): SearchEngine {
  let e = engines.get(index);
  if (!e) {
    e = new SearchEngine(index.entries, index.companies, index.symptoms);
    engines.set(index, e);
  }
  return e;
}

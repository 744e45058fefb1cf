/**
 * The built content, read from public/content (the same files `npm run build` copies into the
 * dist/ that `vite preview` serves; see env.ts). Specs take ids, labels and counts from here instead of
 * hard-coding them, so they keep passing as content grows and fail when the app disagrees.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntryPayload, StartupIndex } from '../../../src/content-schema/index-types';
import { CONTENT_DIR as CONTENT } from './env';

let index: StartupIndex | undefined;

export function contentIndex(): StartupIndex {
  index ??= JSON.parse(readFileSync(join(CONTENT, 'index.json'), 'utf8')) as StartupIndex;
  return index;
}

export function payload(id: string): EntryPayload {
  return JSON.parse(readFileSync(join(CONTENT, 'd', `${id}.json`), 'utf8')) as EntryPayload;
}

export function entry(id: string) {
  const e = contentIndex().entries.find((x) => x.id === id);
  if (!e) throw new Error(`no entry ${id} in public/content/index.json; run npm run build`);
  return e;
}

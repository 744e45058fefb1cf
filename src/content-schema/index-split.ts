import type { StartupIndex } from './index-types';

/** The app's startup index arrives in two files; this names them (both in the content folder). */
export const STARTUP_FILE = 'startup.json';
export const LABELS_FILE = 'labels.json';

/**
 * Node labels of every entry, kept out of the first file: they are about a third of the index,
 * are only needed to match a typed query against diagram components, and are never shown on a
 * first view. `contentHash` ties them to the startup file of the same build.
 */
export interface StartupLabels {
  contentHash: string;
  labels: Record<string, string[]>;
}

/** Split a built index into what a first view needs and the labels that search adds later. */
export function splitIndex(index: StartupIndex): { startup: StartupIndex; labels: StartupLabels } {
  const labels: Record<string, string[]> = {};
  const entries = index.entries.map((e) => {
    if (e.labels.length) labels[e.id] = e.labels;
    return { ...e, labels: [] };
  });
  return { startup: { ...index, entries, partial: true }, labels: { contentHash: index.contentHash, labels } };
}

/**
 * The startup index with its labels back in: a new object (so engines keyed on the index rebuild).
 * Labels from another build are refused: search runs without them rather than mixing deploys.
 */
export function mergeLabels(index: StartupIndex, extra: StartupLabels): StartupIndex {
  if (extra.contentHash !== index.contentHash) return withoutLabels(index);
  const { partial: _partial, ...rest } = index;
  return { ...rest, entries: index.entries.map((e) => ({ ...e, labels: extra.labels[e.id] ?? e.labels })) };
}

/** The startup index declared complete without its labels (they could not be fetched): search runs on the rest. */
export function withoutLabels(index: StartupIndex): StartupIndex {
  const { partial: _partial, ...rest } = index;
  return rest;
}

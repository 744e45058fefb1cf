import { LABELS_FILE, STARTUP_FILE, type StartupLabels } from '../content-schema/index-split';
import { INDEX_FORMAT, type EntryPayload, type StartupIndex } from '../content-schema/index-types';

/** Where the build writes the content (served from `public/content/`). */
export const CONTENT_BASE = `${import.meta.env.BASE_URL}content`;

export class ContentError extends Error {
  constructor(
    message: string,
    readonly kind: 'network' | 'not-found' | 'format' | 'stale',
  ) {
    super(message);
  }
}

async function getJson(url: string): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    throw new ContentError(
      `${navigator.onLine ? 'The server could not be reached' : 'You are offline'}, and this is not available offline on this device. ` +
        'Back online, open Status → “Save all diagrams for offline” to keep every diagram here.',
      'network',
    );
  }
  if (res.status === 404) throw new ContentError(`Not found: ${url}`, 'not-found');
  if (!res.ok) throw new ContentError(`The server answered ${res.status} for ${url}.`, 'network');
  try {
    return await res.json();
  } catch {
    throw new ContentError(`${url} is not valid JSON.`, 'format');
  }
}

export async function fetchIndex(): Promise<StartupIndex> {
  const data = (await getJson(`${CONTENT_BASE}/${STARTUP_FILE}`)) as Partial<StartupIndex>;
  if (data.format !== INDEX_FORMAT || !Array.isArray(data.entries)) {
    throw new ContentError('The content index has an unexpected format; rebuild it with `npm run build:content`.', 'format');
  }
  currentHash = data.contentHash;
  // A diagram link may have drawn from its payload before the index came; if a deploy fell in between,
  // that payload is not reused for later views (the one on screen stays until the reader moves on).
  for (const [id, p] of resolved)
    if (p.contentHash && p.contentHash !== currentHash) {
      resolved.delete(id);
      payloads.delete(id);
    }
  return data as StartupIndex;
}

/** The node labels the startup index leaves out (see index-split.ts); fetched after it. */
export async function fetchLabels(): Promise<StartupLabels> {
  const data = (await getJson(`${CONTENT_BASE}/${LABELS_FILE}`)) as Partial<StartupLabels>;
  if (typeof data.contentHash !== 'string' || typeof data.labels !== 'object' || data.labels === null) {
    throw new ContentError('The label index has an unexpected format; rebuild it with `npm run build:content`.', 'format');
  }
  return data as StartupLabels;
}

/** The content hash of the index this tab runs on: payloads must come from the same deploy. */
let currentHash: string | undefined;

/** Thrown when a payload belongs to another deploy than the index (the site was updated under an open tab). */
export const STALE_MESSAGE = 'New diagrams are available: this page was opened before the last update. Reload to see the current version.';

const payloads = new Map<string, Promise<EntryPayload>>();
const resolved = new Map<string, EntryPayload>();

/** A payload already fetched in this session, synchronously (undefined if not yet). */
export function peekPayload(id: string): EntryPayload | undefined {
  return resolved.get(id);
}

/** Fetch one entry's payload; concurrent and repeated calls share one request. */
export function fetchPayload(id: string): Promise<EntryPayload> {
  let p = payloads.get(id);
  if (!p) {
    p = (getJson(`${CONTENT_BASE}/d/${encodeURIComponent(id)}.json`) as Promise<EntryPayload>).then((v) => {
      // Index and payload from two different deploys: never show the mix as if it were current.
      if (currentHash && v.contentHash && v.contentHash !== currentHash) throw new ContentError(STALE_MESSAGE, 'stale');
      return v;
    });
    payloads.set(id, p);
    p.then(
      (v) => resolved.set(id, v),
      () => payloads.delete(id),
    );
  }
  return p;
}

/** Forget fetched payloads; called when the index is (re)loaded, since content may have changed. */
export function clearPayloads(): void {
  payloads.clear();
  resolved.clear();
}

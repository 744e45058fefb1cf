import { z } from 'zod';
import { CATEGORIES, INCIDENT_KINDS, SYSTEM_KINDS } from './taxonomy';

/** Stable, URL-safe identifier: lowercase words joined by single hyphens. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens');

/** True when `YYYY-MM[-DD]` names a day (or month) that exists on the calendar. */
function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (y === undefined || m === undefined || m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date written `YYYY-MM-DD` (YAML dates are accepted and normalised). */
const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .refine(isRealDate, 'is not a real calendar date'),
);

/** A date that may only be known to the month: `YYYY-MM` or `YYYY-MM-DD`. */
const partialDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'must be YYYY-MM or YYYY-MM-DD')
    .refine(isRealDate, 'is not a real calendar date'),
);

/** Facts about a public incident; only for `category: incidents`. */
export const incidentFactsSchema = z.strictObject({
  /** Id of the incident in `data/incidents.yaml` (the public incidents registry). */
  registry: idSchema,
  /** Day (or month) the incident began, as the public report gives it. */
  date: partialDate,
  /** How long customers were affected, in the report's terms (e.g. "about 4 hours"); omit if not public. */
  duration: z.string().min(2).max(80).optional(),
  /** What kind of failure it was. */
  kind: z.enum(INCIDENT_KINDS),
  /** True when the report gives clock times for the timeline; false means steps are ordered only. */
  times_public: z.boolean(),
});

/**
 * The YAML frontmatter an author writes at the top of `data/entries/<category>/<id>.md`.
 * This is the authors' contract; see docs/authoring.md for examples.
 */
export const rawFrontmatterSchema = z.strictObject({
  /** Stable id; must equal the file name without `.md`. It is the entry's URL: never rename. */
  id: idSchema,
  /** Title shown in results and on the diagram page (8–120 characters). */
  title: z.string().trim().min(8).max(120),
  /** One of the twelve content categories. */
  category: z.enum(CATEGORIES),
  /** For `category: systems` only: which of the eight system diagrams this is. */
  kind: z.enum(SYSTEM_KINDS).optional(),
  /** Company id from `data/companies.yaml`, when the entry is about one of the 30 companies. */
  company: idSchema.optional(),
  /** One or two sentences for result lists (40–320 characters). */
  summary: z.string().trim().min(40).max(320),
  /** Technologies and concepts, lowercase (e.g. `kafka`, `consensus`). 1–12 tags. */
  tags: z
    .array(z.string().regex(/^[a-z0-9][a-z0-9.+#-]*$/, 'tags are lowercase words joined by hyphens'))
    .min(1)
    .max(12),
  /** Symptom ids from `data/symptoms.yaml`; required (≥1) for incidents and debugging. */
  symptoms: z.array(idSchema).max(8).default([]),
  /** Incident facts; required for `category: incidents`, forbidden elsewhere. */
  incident: incidentFactsSchema.optional(),
  /** Source ids from `data/sources.yaml`; at least one (gate 3). */
  sources: z.array(idSchema).default([]),
  /** Ids of other entries worth opening next. */
  related: z.array(idSchema).max(12).default([]),
  /**
   * Incidents only: the components of system diagrams this incident hit, by diagram id and node id
   * (the node's id in that diagram's primary mermaid block). The build checks both exist. This is what
   * puts failure history on the map (a badge on each component a public incident hit).
   */
  affects: z
    .array(z.strictObject({ diagram: idSchema, node: z.string().min(1).max(80) }))
    .max(30)
    .default([]),
  /**
   * Incidents only: technologies whose failure this incident shows (tags such as `kafka`, `etcd`), for
   * "how this technology has failed in public" on any diagram node that names it.
   */
  affects_tech: z
    .array(z.string().regex(/^[a-z0-9][a-z0-9.+#-]*$/, 'technology tags are lowercase words joined by hyphens'))
    .max(6)
    .default([]),
  /** Date a person last checked the entry against its sources. */
  last_reviewed: isoDate,
  /** True when any number in the entry is an estimate (each marked `~` or "est." in the text). */
  estimates: z.boolean(),
});

export type RawFrontmatter = z.input<typeof rawFrontmatterSchema>;
export type Frontmatter = z.output<typeof rawFrontmatterSchema>;

/** Registry schemas (files in `data/`). */
export const companySchema = z.strictObject({
  /** Company id used by entries (`netflix`). */
  id: idSchema,
  name: z.string().min(2),
  /** 1 = the largest public engineering footprints, 2 = large, 3 = focused. */
  tier: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** One line on what their systems are known for. */
  focus: z.string().min(10).max(160),
  /** Engineering blog home page, where one is known. */
  blog: z.url().optional(),
});
export type Company = z.output<typeof companySchema>;

export const symptomSchema = z.strictObject({
  id: idSchema,
  /** How the symptom is shown in the quick index. */
  label: z.string().min(3),
  /** Words an on-call engineer might type instead. */
  synonyms: z.array(z.string().min(2)).default([]),
});
export type Symptom = z.output<typeof symptomSchema>;

export const SOURCE_KINDS = ['postmortem', 'article', 'paper', 'talk', 'docs', 'status-page', 'other'] as const;

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(3),
  /** http(s) URL copied exactly from real material; never guessed. */
  url: z.url({ protocol: /^https?$/ }),
  publisher: z.string().min(2),
  year: z.number().int().min(1970).max(2100).optional(),
  kind: z.enum(SOURCE_KINDS),
  /**
   * True for the organisation's own report, docs, paper or talk; false for a third party's account.
   * Required: whether a source is first-party is a claim the author makes, never a default (honesty rule 2).
   */
  first_party: z.boolean(),
  /** Id of the original when this is a copy of it on another host (an archive or a mirror). */
  mirror_of: idSchema.optional(),
  /** True for a page that changes in place (a status history, "latest" docs): it needs `archive`. */
  rolling: z.boolean().optional(),
  /** URL of a real archived copy of a rolling page, found in real material. */
  archive: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * For a live status page with no archived copy anywhere: the day (`YYYY-MM-DD`) an author searched for one
   * and found none. Entries citing it pass with a warning instead of an error, and the status page counts them.
   */
  no_archive_found: isoDate.optional(),
  /** Where the URL was found (a reading list, or the search that surfaced the page). */
  seen_in: z.string().min(3).optional(),
});
export type Source = z.output<typeof sourceSchema>;

/** Hosts whose pages are archived copies of another page. */
export const ARCHIVE_HOSTS = /^https?:\/\/(?:web\.archive\.org|archive\.(?:org|ph|today|is))\//;

export const incidentRecordSchema = z.strictObject({
  id: idSchema,
  /** Organisation that had the incident, as named publicly. */
  org: z.string().min(2),
  /** Company id when the organisation is one of the 30 companies. */
  company: idSchema.optional(),
  date: partialDate,
  title: z.string().min(5),
  kind: z.enum(INCIDENT_KINDS),
  summary: z.string().min(20),
  /** Source ids of the public reports. */
  sources: z.array(idSchema).min(1),
});
export type IncidentRecord = z.output<typeof incidentRecordSchema>;

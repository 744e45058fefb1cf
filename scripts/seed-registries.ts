/**
 * One-off import: turns ../shared/sources/*.yaml into Atlas's own registries
 * (data/sources.yaml and data/incidents.yaml). The app and the build never read
 * ../shared; re-run this only to pull new material in, then review the diff.
 *   npx tsx scripts/seed-registries.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

interface SharedIncident {
  id: string;
  company: string;
  date: string;
  title: string;
  kind: string;
  summary: string;
  urls: string[];
  source_note?: string;
}
interface SharedArticle {
  title: string;
  url: string;
  year?: number;
  topic?: string;
  first_party?: boolean;
}
interface SharedCompany {
  company: string;
  articles: SharedArticle[];
}

// Organisation names in the shared list → Atlas company ids, where the org is one of the 30.
const ORG_TO_COMPANY: Record<string, string> = {
  'Amazon Web Services': 'amazon',
  Amazon: 'amazon',
  'Google Cloud': 'google',
  Google: 'google',
  'Microsoft Azure': 'microsoft',
  Microsoft: 'microsoft',
  Meta: 'meta',
  Facebook: 'meta',
  'Meta (Facebook)': 'meta',
  Netflix: 'netflix',
  Uber: 'uber',
  LinkedIn: 'linkedin',
  Twitter: 'twitter',
  Stripe: 'stripe',
  Spotify: 'spotify',
  Airbnb: 'airbnb',
  Discord: 'discord',
  Cloudflare: 'cloudflare',
  GitHub: 'github',
  Shopify: 'shopify',
  DoorDash: 'doordash',
  Slack: 'slack',
  Pinterest: 'pinterest',
  Twitch: 'twitch',
  Coinbase: 'coinbase',
  Reddit: 'reddit',
  Datadog: 'datadog',
  Robinhood: 'robinhood',
  Zoom: 'zoom',
  TikTok: 'tiktok',
  Square: 'square',
  Snap: 'snap',
  Dropbox: 'dropbox',
  Instacart: 'instacart',
  OpenAI: 'openai',
};
const COMPANY_IDS: Record<string, string> = {
  Netflix: 'netflix',
  Uber: 'uber',
  'Amazon / AWS': 'amazon',
  Google: 'google',
  'Meta (Facebook, Instagram, WhatsApp)': 'meta',
  Microsoft: 'microsoft',
  LinkedIn: 'linkedin',
  'Twitter / X': 'twitter',
  Stripe: 'stripe',
  Spotify: 'spotify',
  Airbnb: 'airbnb',
  Discord: 'discord',
  Cloudflare: 'cloudflare',
  GitHub: 'github',
  Shopify: 'shopify',
  DoorDash: 'doordash',
  Slack: 'slack',
  Pinterest: 'pinterest',
  Twitch: 'twitch',
  Coinbase: 'coinbase',
  Reddit: 'reddit',
  Datadog: 'datadog',
  Robinhood: 'robinhood',
  Zoom: 'zoom',
  'TikTok (ByteDance)': 'tiktok',
  'Square / Block (incl. Cash App)': 'square',
  Snap: 'snap',
  Dropbox: 'dropbox',
  Instacart: 'instacart',
  OpenAI: 'openai',
};

const slug = (s: string, max = 48): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
const host = (u: string): string => new URL(u).hostname.replace(/^www\./, '');
const kindOf = (u: string, topic = ''): string =>
  /\.pdf($|\?)|usenix|acm\.org|research\.google|arxiv/.test(u)
    ? 'paper'
    : /youtube|youtu\.be|infoq\.com\/presentations/.test(u)
      ? 'talk'
      : topic === 'incident'
        ? 'postmortem'
        : 'article';

const incidents = parse(readFileSync('../shared/sources/incidents.yaml', 'utf8')) as SharedIncident[];
const companies = parse(readFileSync('../shared/sources/companies.yaml', 'utf8')) as SharedCompany[];
const sources: Record<string, unknown>[] = [];
const seen = new Map<string, string>();
const addSource = (id: string, s: Record<string, unknown>): string => {
  const existing = seen.get(s.url as string);
  if (existing) return existing;
  seen.set(s.url as string, id);
  sources.push({ id, ...s });
  return id;
};

const records = incidents.map((inc) => {
  const ids = inc.urls.map((url, i) =>
    addSource(i === 0 ? `pm-${inc.id}` : `pm-${inc.id}-${i + 1}`, {
      title: `${inc.company}: ${inc.title}${url.includes('web.archive.org') ? ' (archived copy)' : ''}`,
      url,
      publisher: inc.source_note ? host(url) : inc.company,
      year: Number(inc.date.slice(0, 4)),
      kind: /status\./.test(url) ? 'status-page' : 'postmortem',
      first_party: !inc.source_note,
    }),
  );
  const company = ORG_TO_COMPANY[inc.company];
  return {
    id: inc.id,
    org: inc.company,
    ...(company ? { company } : {}),
    date: inc.date,
    title: inc.title,
    kind: inc.kind,
    summary: inc.summary.replace(/\s+/g, ' '),
    sources: ids,
  };
});

for (const c of companies) {
  const cid = COMPANY_IDS[c.company];
  if (!cid) throw new Error(`unmapped company ${c.company}`);
  for (const a of c.articles) {
    addSource(`${cid}-${slug(a.title)}`, {
      title: a.title.replace(/\s+/g, ' '),
      url: a.url,
      publisher: a.first_party === false ? host(a.url) : c.company.split(' (')[0],
      ...(a.year ? { year: a.year } : {}),
      kind: kindOf(a.url, a.topic),
      first_party: a.first_party !== false,
    });
  }
}

const header = (what: string): string =>
  `# ${what}\n# Imported from the project's reading lists by scripts/seed-registries.ts; every URL was\n# copied from real public material. Add new sources only from material you have read.\n`;
writeFileSync('data/sources.yaml', header('Sources registry: entries cite these by id.') + stringify(sources, { lineWidth: 0 }));
writeFileSync(
  'data/incidents.yaml',
  header('Public incidents registry: incident entries link here by id.') + stringify(records, { lineWidth: 0 }),
);
console.log(`sources: ${sources.length}, incidents: ${records.length}`);

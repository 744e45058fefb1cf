import { useMemo, useRef, useState, type ReactNode } from 'react';
import type { Symptom } from '../../content-schema/entry-schema';
import type { IndexEntry } from '../../content-schema/index-types';

interface Props {
  entries: IndexEntry[];
  symptoms: Symptom[];
  selected?: string;
  onSelect: (symptom: string | undefined) => void;
  link: (id: string, children: ReactNode) => ReactNode;
  /** Present the selected symptom's guides and incidents as a deck. */
  onPresent?: (symptom: string) => void;
}

const norm = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Start from a symptom; land on the debugging guides and incident anatomies for it. */
export function IncidentIndex({ entries, symptoms, selected, onSelect, link, onPresent }: Props) {
  const [filter, setFilter] = useState('');
  const relevant = useMemo(() => entries.filter((e) => e.category === 'incidents' || e.category === 'debugging'), [entries]);
  const bySymptom = useMemo(() => {
    const m = new Map<string, IndexEntry[]>();
    for (const e of relevant) for (const s of e.symptoms) m.set(s, [...(m.get(s) ?? []), e]);
    return m;
  }, [relevant]);
  const q = norm(filter);
  const results = useRef<HTMLElement>(null);
  const shown = symptoms.filter((s) => !q || [s.label, s.id, ...s.synonyms].some((t) => norm(t).includes(q)));
  const current = symptoms.find((s) => s.id === selected);
  const list = current ? (bySymptom.get(current.id) ?? []) : [];
  const guides = list.filter((e) => e.category === 'debugging');
  const incidents = list
    .filter((e) => e.category === 'incidents')
    .sort((a, b) => (b.incident?.date ?? '').localeCompare(a.incident?.date ?? ''));
  const allIncidents = relevant.filter((e) => e.category === 'incidents');
  const byYear = groupBy(allIncidents, (e) => e.incident?.date.slice(0, 4) ?? 'unknown');
  const byKind = groupBy(allIncidents, (e) => e.incident?.kind ?? 'other');

  return (
    <div className="incident-index" data-testid="incident-index">
      <h1>Incident response</h1>
      <div className="two-col">
        <section aria-labelledby="sym-title">
          <h2 id="sym-title">What are you seeing?</h2>
          <label className="visually-hidden" htmlFor="symptom-filter">
            Filter symptoms
          </label>
          <input
            id="symptom-filter"
            data-testid="symptom-filter"
            type="search"
            placeholder="e.g. 502, nxdomain, oom, lag"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
          <ul className="symptoms" data-testid="symptom-list">
            {shown.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className={s.id === selected ? 'symptom active' : 'symptom'}
                  aria-pressed={s.id === selected}
                  data-testid={`symptom-${s.id}`}
                  onClick={() => {
                    onSelect(s.id === selected ? undefined : s.id);
                    // One column (phones): the results sit below the whole symptom list; bring them up.
                    if (s.id !== selected && window.matchMedia?.('(max-width: 800px)').matches)
                      requestAnimationFrame(() => results.current?.scrollIntoView({ block: 'start' }));
                  }}
                >
                  {s.label} <span className="count">{bySymptom.get(s.id)?.length ?? 0}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section aria-live="polite" data-testid="symptom-results" ref={results}>
          {current ? (
            <>
              <h2>{current.label}</h2>
              {onPresent && (bySymptom.get(current.id)?.length ?? 0) > 0 && (
                <button type="button" data-testid="present-symptom" onClick={() => onPresent(current.id)}>
                  Present these ({bySymptom.get(current.id)?.length ?? 0})
                </button>
              )}
              {current.synonyms.length > 0 && <p className="muted">also: {current.synonyms.join(', ')}</p>}
              <h3>Debugging guides ({guides.length})</h3>
              <ul className="plain-list">
                {guides.length ? (
                  guides.map((e) => <li key={e.id}>{link(e.id, e.title)}</li>)
                ) : (
                  <li className="muted">None yet for this symptom.</li>
                )}
              </ul>
              <h3>Incidents ({incidents.length})</h3>
              <ul className="plain-list">
                {incidents.map((e) => (
                  <li key={e.id}>
                    {link(e.id, e.title)} <small>{e.incident?.date}</small>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="muted">Pick a symptom to see the debugging guides and real incidents for it.</p>
          )}
        </section>
      </div>
      <h2>Incidents by year</h2>
      <Groups groups={byYear} link={link} sort={(a, b) => b.localeCompare(a)} testId="by-year" />
      <h2>Incidents by kind</h2>
      <Groups groups={byKind} link={link} sort={(a, b) => a.localeCompare(b)} testId="by-kind" />
    </div>
  );
}

function groupBy(list: IndexEntry[], key: (e: IndexEntry) => string): Map<string, IndexEntry[]> {
  const m = new Map<string, IndexEntry[]>();
  for (const e of list) m.set(key(e), [...(m.get(key(e)) ?? []), e]);
  return m;
}

function Groups({
  groups,
  link,
  sort,
  testId,
}: {
  groups: Map<string, IndexEntry[]>;
  link: Props['link'];
  sort: (a: string, b: string) => number;
  testId: string;
}) {
  return (
    <div className="groups" data-testid={testId}>
      {[...groups.keys()].sort(sort).map((g) => (
        <details key={g}>
          <summary>
            {g} ({groups.get(g)?.length})
          </summary>
          <ul className="plain-list">
            {(groups.get(g) ?? []).map((e) => (
              <li key={e.id}>
                {link(e.id, e.title)} <small>{e.incident?.date}</small>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}

import type { ReactNode } from 'react';
import type { StartupIndex } from '../../content-schema/index-types';
import { CATEGORIES } from '../../content-schema/taxonomy';

interface Props {
  index: StartupIndex;
  /** Links are the router's, supplied by the route (features do not know the routes). */
  categoryLink: (category: string, children: ReactNode) => ReactNode;
  companyLink: (company: string, children: ReactNode) => ReactNode;
  symptomLink: (symptom: string, children: ReactNode) => ReactNode;
}

/** The empty home: somewhere to start when you do not know what to type. */
export function BrowseHome({ index, categoryLink, companyLink, symptomLink }: Props) {
  const byCategory = new Map<string, number>();
  const systems = new Map<string, number>();
  const bySymptom = new Map<string, number>();
  for (const e of index.entries) {
    byCategory.set(e.category, (byCategory.get(e.category) ?? 0) + 1);
    if (e.category === 'systems' && e.company) systems.set(e.company, (systems.get(e.company) ?? 0) + 1);
    for (const s of e.symptoms) bySymptom.set(s, (bySymptom.get(s) ?? 0) + 1);
  }
  const symptoms = index.symptoms.filter((s) => bySymptom.has(s.id));
  return (
    <div className="browse" data-testid="browse-home">
      <section aria-labelledby="browse-cat">
        <h2 id="browse-cat">Browse by kind</h2>
        <ul className="chip-list">
          {CATEGORIES.filter((c) => byCategory.has(c)).map((c) => (
            <li key={c}>
              {categoryLink(
                c,
                <>
                  {c} <span className="count">{byCategory.get(c)}</span>
                </>,
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="browse-sym">
        <h2 id="browse-sym">Start from what you see</h2>
        <ul className="chip-list">
          {symptoms.map((s) => (
            <li key={s.id}>
              {symptomLink(
                s.id,
                <>
                  {s.label} <span className="count">{bySymptom.get(s.id)}</span>
                </>,
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="browse-co">
        <h2 id="browse-co">Companies</h2>
        <ul className="chip-list">
          {index.companies.map((c) => (
            <li key={c.id}>
              {companyLink(
                c.id,
                <>
                  {c.name} <span className="count">{systems.get(c.id) ?? 0}/8</span>
                </>,
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

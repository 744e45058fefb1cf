import type { ReactNode } from 'react';
import type { Company } from '../../content-schema/entry-schema';
import type { IndexEntry } from '../../content-schema/index-types';
import { SYSTEM_KINDS } from '../../content-schema/taxonomy';

interface Props {
  company: Company;
  entries: IndexEntry[];
  link: (id: string, children: ReactNode) => ReactNode;
  onPresent: () => void;
  /** More actions from the route ("Compare with…"). */
  extra?: ReactNode;
}

/** A company's eight system diagrams in their fixed order; missing ones are shown as missing. */
export function CompanyGrid({ company, entries, link, onPresent, extra }: Props) {
  const byKind = new Map(entries.filter((e) => e.category === 'systems').map((e) => [e.kind, e]));
  const others = entries.filter((e) => e.category !== 'systems');
  return (
    <div className="company" data-testid="company-view">
      <header className="page-head">
        <h1>{company.name}</h1>
        <p>{company.focus}</p>
        {company.blog && (
          <p>
            <a href={company.blog} target="_blank" rel="noopener noreferrer">
              Engineering blog
            </a>
          </p>
        )}
        <button type="button" data-testid="present-all" disabled={byKind.size === 0} onClick={onPresent}>
          Present all ({byKind.size} of 8)
        </button>
        {extra}
      </header>
      <ol className="card-grid">
        {SYSTEM_KINDS.map((kind) => {
          const e = byKind.get(kind);
          return (
            <li key={kind} className={e ? 'card' : 'card missing'} data-testid={`kind-${kind}`}>
              <span className="card-kind">{kind}</span>
              {e ? (
                <>
                  {link(e.id, e.title)}
                  <p>{e.summary}</p>
                </>
              ) : (
                <p className="missing-note">Not written yet</p>
              )}
            </li>
          );
        })}
      </ol>
      {others.length > 0 && (
        <section>
          <h2>Also about {company.name}</h2>
          <ul className="plain-list">
            {others.map((e) => (
              <li key={e.id}>
                {link(e.id, e.title)} <span className={`chip cat-${e.category}`}>{e.category}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

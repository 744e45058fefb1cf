import type { Company } from '../../content-schema/entry-schema';
import type { IndexEntry } from '../../content-schema/index-types';
import type { SearchHit } from './engine/search-engine';

interface Props {
  hits: SearchHit[];
  entries: Map<string, IndexEntry>;
  companies: Map<string, Company>;
  activeIndex: number;
  onOpen: (id: string) => void;
  onHover?: () => void;
}

/** Why a result matched, in words a person can scan. */
function why(matched: string[]): string {
  return matched.map((m) => (m.startsWith('label: ') ? `node “${m.slice(7)}”` : m)).join(' · ');
}

export function ResultList({ hits, entries, companies, activeIndex, onOpen, onHover }: Props) {
  return (
    <ul id="atlas-results" className="results" role="listbox" aria-label="Results" data-testid="results">
      {hits.map((h, i) => {
        const e = entries.get(h.id);
        if (!e) return null;
        return (
          <li
            key={h.id}
            id={`result-${h.id}`}
            role="option"
            aria-selected={i === activeIndex}
            className={i === activeIndex ? 'result active' : 'result'}
            data-testid="result"
            data-id={h.id}
            onMouseEnter={onHover}
          >
            <a
              href={`/d/${h.id}`}
              onClick={(ev) => {
                if (ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.button !== 0) return;
                ev.preventDefault();
                onOpen(h.id);
              }}
            >
              <span className="result-title">{e.title}</span>
              <span className="result-meta">
                <span className={`chip cat-${e.category}`}>{e.category}</span>
                {e.company && <span className="chip">{companies.get(e.company)?.name ?? e.company}</span>}
                {e.incident && <span className="chip">{e.incident.date}</span>}
              </span>
              <span className="result-summary">{e.summary}</span>
              {h.matched.length > 0 && <span className="result-why">matched: {why(h.matched)}</span>}
            </a>
          </li>
        );
      })}
    </ul>
  );
}

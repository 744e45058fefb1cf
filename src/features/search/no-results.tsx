import { appPath } from '../../lib/app-path';
import type { Suggestions } from './engine/search-engine';

interface Props {
  query: string;
  suggestions: Suggestions;
  onQuery: (q: string) => void;
  onSymptom: (id: string) => void;
  onCompany: (id: string) => void;
}

/** "No results" with a way forward: a corrected spelling, the nearest symptoms and companies, or browsing. */
export function NoResults({ query, suggestions: s, onQuery, onSymptom, onCompany }: Props) {
  return (
    <div className="no-results" data-testid="no-results" role="status">
      <p>Nothing matches “{query}”.</p>
      {s.spelling && (
        <p>
          Did you mean{' '}
          <button type="button" className="chip chip-button" data-testid="suggest-spelling" onClick={() => onQuery(s.spelling ?? '')}>
            {s.spelling}
          </button>
          ?
        </p>
      )}
      {s.symptoms.length > 0 && (
        <p>
          Symptoms:{' '}
          {s.symptoms.map((x) => (
            <button key={x.id} type="button" className="chip chip-button" data-testid="suggest-symptom" onClick={() => onSymptom(x.id)}>
              {x.label}
            </button>
          ))}
        </p>
      )}
      {s.companies.length > 0 && (
        <p>
          Companies:{' '}
          {s.companies.map((x) => (
            <button key={x.id} type="button" className="chip chip-button" data-testid="suggest-company" onClick={() => onCompany(x.id)}>
              {x.name}
            </button>
          ))}
        </p>
      )}
      <p>
        Or start from a symptom in the <a href={appPath('incidents')}>incident quick index</a>, or clear the search to browse everything.
      </p>
    </div>
  );
}

import { Link, useNavigate } from '@tanstack/react-router';
import { CompanyGrid } from '../../features/company/company-grid';
import { IncidentIndex } from '../../features/incident-index/incident-index';
import { OfflinePanel } from '../../features/offline/offline-panel';
import { StatusView } from '../../features/status/status-view';
import { SYSTEM_KINDS } from '../../content-schema/taxonomy';
import { entryLink } from '../entry-link';
import { startPresentation } from '../present';
import { engineFor } from '../../features/search/shared-engine';
import { IndexGate } from '../index-gate';
import { Suggestions } from './not-found-route';

export function CompanyRoute({ id }: { id: string }) {
  const navigate = useNavigate();
  return (
    <IndexGate>
      {(index) => {
        const company = index.companies.find((c) => c.id === id);
        if (!company) {
          return (
            <div className="page-error" data-testid="not-found">
              <h1>No company called “{id}”</h1>
              <Suggestions index={index} words={id} />
            </div>
          );
        }
        const entries = index.entries.filter((e) => e.company === id);
        const first = entries
          .filter((e) => e.category === 'systems')
          .sort((a, b) => SYSTEM_KINDS.indexOf(a.kind ?? 'architecture') - SYSTEM_KINDS.indexOf(b.kind ?? 'architecture'))[0];
        return (
          <CompanyGrid
            company={company}
            entries={entries}
            link={entryLink}
            onPresent={() => first && startPresentation(navigate, first.id, { seq: 'company' })}
            extra={
              first && (
                <Link to="/compare" search={{ a: first.id }} className="button-link" data-testid="compare-with">
                  Compare with…
                </Link>
              )
            }
          />
        );
      }}
    </IndexGate>
  );
}

export function IncidentsRoute({ sym }: { sym?: string }) {
  const navigate = useNavigate();
  return (
    <IndexGate>
      {(index) => (
        <IncidentIndex
          entries={index.entries}
          symptoms={index.symptoms}
          selected={sym}
          link={entryLink}
          onSelect={(s) => void navigate({ to: '/incidents', search: s ? { sym: s } : {}, replace: true })}
          onPresent={(s) => {
            // The deck is what the diagram page computes for seq=results with this symptom: the same order.
            const first = engineFor(index).search('', { symptom: s }, 1)[0];
            if (first) startPresentation(navigate, first.id, { sym: s, seq: 'results' });
          }}
        />
      )}
    </IndexGate>
  );
}

export function StatusRoute() {
  return (
    <IndexGate>
      {(index) => (
        <>
          <OfflinePanel />
          <StatusView index={index} />
        </>
      )}
    </IndexGate>
  );
}

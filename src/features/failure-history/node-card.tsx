import { useEffect, useRef, type ReactNode } from 'react';
import type { NodeCard } from './failure-history';

interface Props {
  card: NodeCard;
  onClose: () => void;
  link: (id: string, children: ReactNode) => ReactNode;
}

/** What a component is, the public incidents that hit it, the guides for its technology and where else it appears. */
export function NodeCardView({ card, onClose, link }: Props) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onClose]);
  const { node, incidents, guides, elsewhere } = card;
  return (
    <aside className="node-card" role="dialog" aria-label={`Component: ${node.label}`} data-testid="node-card" tabIndex={-1} ref={ref}>
      <header>
        <h2>{node.label.replace(/\s+/g, ' ')}</h2>
        <button type="button" onClick={onClose} aria-label="Close the card (Esc)" data-testid="node-card-close">
          ×
        </button>
      </header>
      {node.plane && <p className="muted">Plane: {node.plane}</p>}
      <h3>Public incidents that hit it ({incidents.length})</h3>
      {incidents.length ? (
        <ul data-testid="node-card-incidents">
          {incidents.map(({ entry, via }) => (
            <li key={entry.id}>
              {link(entry.id, entry.title)} <small className="muted">{entry.incident?.date}</small>
              {via !== 'direct' && <small className="muted"> · how {via} has failed in public</small>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None linked to this component.</p>
      )}
      <h3>Debugging guides for its technology ({guides.length})</h3>
      {guides.length ? (
        <ul data-testid="node-card-guides">
          {guides.map((g) => (
            <li key={g.id}>{link(g.id, g.title)}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">No guide matches the technologies this label names.</p>
      )}
      {elsewhere.length > 0 && (
        <>
          <h3>Also appears in</h3>
          <ul data-testid="node-card-elsewhere">
            {elsewhere.map((e) => (
              <li key={e.id}>{link(e.id, e.title)}</li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}

import { memo, useEffect } from 'react';
import type { Company } from '../../content-schema/entry-schema';
import type { IndexEntry } from '../../content-schema/index-types';
import type { SearchHit } from './engine/search-engine';
import { appPath } from '../../lib/app-path';
import { nodeOf } from './node-of';

interface Props {
  hits: SearchHit[];
  entries: Map<string, IndexEntry>;
  companies: Map<string, Company>;
  activeIndex: number;
  /** The active row was chosen with ↑/↓: keep it on screen. Not on typing: that would force a layout per keystroke. */
  scrollToActive?: boolean;
  onOpen: (id: string, node?: string) => void;
}

/** Why a result matched, in words a person can scan. */
function why(matched: string[]): string {
  return matched.map((m) => (m.startsWith('label: ') ? `node “${m.slice(7)}”` : m)).join(' · ');
}

interface RowProps {
  entry: IndexEntry;
  companyName?: string;
  why: string;
  node?: string;
  active: boolean;
  onOpen: (id: string, node?: string) => void;
}

// Rows are memoised on plain values: while typing, most rows of the list stay the same.
const Row = memo(function Row({ entry: e, companyName, why: reason, node, active, onOpen }: RowProps) {
  return (
    // The link itself is the option: an option's children are presentational, so a link nested
    // inside one is a focusable control that screen readers cannot reach (axe nested-interactive).
    <li role="none" className={active ? 'result active' : 'result'}>
      <a
        id={`result-${e.id}`}
        role="option"
        aria-selected={active}
        data-testid="result"
        data-id={e.id}
        href={appPath(`d/${e.id}${node ? `?node=${encodeURIComponent(node)}` : ''}`)}
        data-node={node}
        onClick={(ev) => {
          if (ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.button !== 0) return;
          ev.preventDefault();
          onOpen(e.id, node);
        }}
      >
        <span className="result-title">{e.title}</span>
        <span className="result-meta">
          <span className={`chip cat-${e.category}`}>{e.category}</span>
          {companyName && <span className="chip">{companyName}</span>}
          {e.incident && <span className="chip">{e.incident.date}</span>}
        </span>
        <span className="result-summary">{e.summary}</span>
        {reason && (
          <span className="result-why">
            matched: {reason}
            {node ? ' — opens on that node' : ''}
          </span>
        )}
      </a>
    </li>
  );
});

export function ResultList({ hits, entries, companies, activeIndex, scrollToActive = false, onOpen }: Props) {
  const activeId = hits[activeIndex]?.id;
  // ↑/↓ move the active row: keep it on screen (the list can be far longer than the window).
  useEffect(() => {
    if (activeId && scrollToActive) document.getElementById(`result-${activeId}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId, scrollToActive]);
  return (
    <ul id="atlas-results" className="results" role="listbox" aria-label="Results" data-testid="results">
      {hits.map((h, i) => {
        const e = entries.get(h.id);
        if (!e) return null;
        return (
          <Row
            key={h.id}
            entry={e}
            companyName={e.company ? (companies.get(e.company)?.name ?? e.company) : undefined}
            why={why(h.matched)}
            node={nodeOf(h.matched)}
            active={i === activeIndex}
            onOpen={onOpen}
          />
        );
      })}
    </ul>
  );
}

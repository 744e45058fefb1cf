import { Link, useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo } from 'react';
import type { IndexEntry, StartupIndex } from '../../content-schema/index-types';
import { SYSTEM_KINDS } from '../../content-schema/taxonomy';
import { engineFor } from '../../features/search/shared-engine';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useResolvedTheme } from '../../lib/use-theme';
import { useUiStore } from '../../stores/ui-store';
import { ChecklistView } from '../../features/checklist/checklist-view';
// This route is itself loaded lazily (router.tsx), so the viewer comes in the same chunk: one request, not two in a row.
import { DiagramPage } from '../../features/diagram-viewer/diagram-page';
import { usePayload } from '../../features/diagram-viewer/use-payload';
import { historyByNode, nodeCard, type NodeIncident } from '../../features/failure-history/failure-history';
import { NodeCardView } from '../../features/failure-history/node-card';
import { InlineText } from '../../features/diagram-viewer/inline-text';
import { entryLink } from '../entry-link';
import { IndexError } from '../index-gate';
import { toFilters, type DiagramSearch } from '../search-params';
import { Suggestions } from './not-found-route';
import { useDiagramEntry } from './use-diagram-entry';

export function DiagramRoute({ id, search }: { id: string; search: DiagramSearch }) {
  const d = useDiagramEntry(id);
  if (d.status === 'index-error') return <IndexError message={d.message} retry={d.retry} />;
  if (d.status === 'not-found') {
    return (
      <div className="page-error" data-testid="not-found">
        <h1>No diagram called “{id}”</h1>
        <p>It may have been renamed or never existed. Closest matches:</p>
        <Suggestions index={d.index} words={id.replace(/-/g, ' ')} />
      </div>
    );
  }
  if (d.status === 'loading') {
    return (
      <p className="page-status" role="status">
        Loading the diagram…
      </p>
    );
  }
  return <Diagram index={d.index} entry={d.entry} companyName={d.companyName} id={id} search={search} />;
}

type DiagramProps = {
  index: StartupIndex | undefined;
  entry: IndexEntry;
  companyName: string | undefined;
  id: string;
  search: DiagramSearch;
};

/** The diagram page; parts that need the whole index (sequences, failure history) appear once it is in. */
function Diagram({ index, entry, companyName, id, search }: DiagramProps) {
  const navigate = useNavigate();
  const { theme } = useResolvedTheme();
  const addDiagram = useUiStore((s) => s.addDiagram);

  useEffect(() => addDiagram(id), [id, addDiagram]);
  useDocumentTitle(entry.title);

  // The presentation sequence: a company's diagrams in their fixed order, or the current results.
  const sequence = useMemo(() => {
    if (!index) return undefined;
    if (search.seq === 'results') {
      // The deck is the search's result list: wait for the full index, as the home list does.
      if (index.partial) return undefined;
      const ids = engineFor(index)
        .search(search.q ?? '', toFilters(search), 200)
        .map((h) => h.id);
      return ids.includes(entry.id) ? { ids, label: search.q ? `results for “${search.q}”` : 'filtered results' } : undefined;
    }
    if (entry.company && (search.seq === 'company' || entry.category === 'systems')) {
      const ids = index.entries
        .filter((e) => e.company === entry.company && e.category === 'systems')
        .sort((a, b) => SYSTEM_KINDS.indexOf(a.kind ?? 'architecture') - SYSTEM_KINDS.indexOf(b.kind ?? 'architecture'))
        .map((e) => e.id);
      return ids.includes(entry.id) ? { ids, label: `${companyName ?? entry.company} systems` } : undefined;
    }
    return undefined;
  }, [entry, index, search, companyName]);
  const position = sequence ? sequence.ids.indexOf(id) : -1;

  const setFullscreen = useCallback(
    (on: boolean) => {
      void navigate({
        to: '/d/$id',
        params: { id },
        search: (prev: DiagramSearch): DiagramSearch => ({
          ...prev,
          fs: on ? (true as const) : undefined,
          seq: on ? (prev.seq ?? (sequence ? (search.seq ?? 'company') : undefined)) : prev.seq,
          step: on && position >= 0 ? position : undefined,
        }),
        replace: true,
      });
    },
    [navigate, id, sequence, search.seq, position],
  );
  const step = useCallback(
    (delta: number) => {
      if (!sequence || position < 0) return;
      const next = (position + delta + sequence.ids.length) % sequence.ids.length;
      const nextId = sequence.ids[next];
      if (nextId)
        void navigate({
          to: '/d/$id',
          params: { id: nextId },
          search: (prev: DiagramSearch) => ({ ...prev, node: undefined, view: undefined, step: next }),
          // A presentation's steps replace the history entry: Back after Esc leaves the deck, it does not replay it.
          replace: true,
        });
    },
    [sequence, position, navigate],
  );

  const setView = useCallback(
    (v: number) =>
      void navigate({
        to: '/d/$id',
        params: { id },
        search: (prev: DiagramSearch): DiagramSearch => ({ ...prev, view: v > 0 ? v : undefined }),
        replace: true,
      }),
    [navigate, id],
  );

  const setParams = useCallback(
    (next: Partial<DiagramSearch>) =>
      void navigate({
        to: '/d/$id',
        params: { id },
        search: (prev: DiagramSearch): DiagramSearch => ({ ...prev, ...next }),
        replace: true,
      }),
    [navigate, id],
  );
  // Presenting began before the index was in (a cold link, f pressed at once): once the deck is known,
  // write its kind and position into the URL, as pressing f later would have, so the link replays the deck.
  const deckKind = search.seq ?? (sequence ? 'company' : undefined);
  useEffect(() => {
    if (search.fs === true && deckKind && position >= 0 && (search.seq !== deckKind || search.step === undefined))
      setParams({ seq: deckKind, step: position });
  }, [search.fs, search.seq, search.step, deckKind, position, setParams]);

  // Failure history and component cards: the payload's nodes (shared fetch with the viewer) and the index.
  const loaded = usePayload(id);
  const nodes = loaded.status === 'ready' ? loaded.payload.nodes : undefined;
  const history = useMemo(
    () =>
      index && nodes ? historyByNode(entry.id, entry.category === 'systems', nodes, index.entries) : new Map<string, NodeIncident[]>(),
    [entry, nodes, index],
  );
  // Keyed by content, not identity: the history is recomputed when the index (and later its labels)
  // arrive, and re-decorating unchanged nodes would drop the focus of a reader tabbing through them.
  const badgeKey = JSON.stringify([...history].map(([k, v]) => [k, v.length]));
  const badges = useMemo(() => new Map(JSON.parse(badgeKey) as [string, number][]), [badgeKey]);
  const cardNode = search.card && nodes ? nodes.find((n) => n.id === search.card) : undefined;
  const card = cardNode && index ? nodeCard(cardNode, entry.id, history, index.entries) : undefined;

  const setChecklist = useCallback(
    (ck: string | undefined) =>
      void navigate({ to: '/d/$id', params: { id }, search: (prev: DiagramSearch): DiagramSearch => ({ ...prev, ck }), replace: true }),
    [navigate, id],
  );

  return (
    <>
      <DiagramPage
        entry={entry}
        companyName={companyName}
        query={search.q ?? ''}
        node={search.node}
        fullscreen={search.fs === true}
        view={search.view ?? 0}
        zoomView={search.z}
        onView={setView}
        toolbarExtra={
          <>
            {history.size > 0 && (
              <button
                type="button"
                aria-pressed={search.hist !== 0}
                data-testid="history-toggle"
                title="Failure history: public incidents on the components they hit"
                onClick={() => setParams({ hist: search.hist === 0 ? undefined : 0 })}
              >
                History ({[...history.values()].reduce((n, l) => n + l.length, 0)})
              </button>
            )}
            <Link
              to="/compare"
              search={{ a: entry.id }}
              className="button-link"
              data-testid="compare-with"
              title="Compare with another diagram, side by side"
            >
              Compare…
            </Link>
          </>
        }
        badges={search.hist === 0 ? undefined : badges}
        onNode={(card) => setParams({ card })}
        overlay={card && <NodeCardView card={card} onClose={() => setParams({ card: undefined })} link={entryLink} />}
        renderAt3am={(section, plain) => (
          <ChecklistView
            title={entry.title}
            section={section}
            param={search.ck}
            onChange={setChecklist}
            renderText={(t) => <InlineText text={t} />}
            plain={plain}
          />
        )}
        sequence={sequence && position >= 0 ? { ids: sequence.ids, position, label: sequence.label } : undefined}
        theme={theme}
        onFullscreen={setFullscreen}
        onStep={step}
        link={entryLink}
      />
    </>
  );
}

import { Link, useNavigate } from '@tanstack/react-router';
import { lazy, Suspense, useCallback, useEffect, useMemo } from 'react';
import type { StartupIndex } from '../../content-schema/index-types';
import { SYSTEM_KINDS } from '../../content-schema/taxonomy';
import { engineFor } from '../../features/search/shared-engine';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useResolvedTheme } from '../../lib/use-theme';
import { useUiStore } from '../../stores/ui-store';
import { ChecklistView } from '../../features/checklist/checklist-view';
import { InlineText } from '../../features/diagram-viewer/inline-text';
import { entryLink } from '../entry-link';
import { IndexGate } from '../index-gate';
import { toFilters, type DiagramSearch } from '../search-params';
import { Suggestions } from './not-found-route';

// The viewer (and with it react-zoom-pan-pinch and, on first render, mermaid) loads only here.
const DiagramPage = lazy(() => import('../../features/diagram-viewer/diagram-page').then((m) => ({ default: m.DiagramPage })));

export function DiagramRoute({ id, search }: { id: string; search: DiagramSearch }) {
  return <IndexGate>{(index) => <Diagram index={index} id={id} search={search} />}</IndexGate>;
}

function Diagram({ index, id, search }: { index: StartupIndex; id: string; search: DiagramSearch }) {
  const navigate = useNavigate();
  const { theme } = useResolvedTheme();
  const addDiagram = useUiStore((s) => s.addDiagram);
  const entry = index.entries.find((e) => e.id === id);
  const company = entry?.company ? index.companies.find((c) => c.id === entry.company) : undefined;

  useEffect(() => {
    if (entry) addDiagram(entry.id);
  }, [entry, addDiagram]);
  useDocumentTitle(entry?.title);

  // The presentation sequence: a company's diagrams in their fixed order, or the current results.
  const sequence = useMemo(() => {
    if (!entry) return undefined;
    if (search.seq === 'results') {
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
      return ids.includes(entry.id) ? { ids, label: `${company?.name ?? entry.company} systems` } : undefined;
    }
    return undefined;
  }, [entry, index, search, company]);
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

  const setChecklist = useCallback(
    (ck: string | undefined) =>
      void navigate({ to: '/d/$id', params: { id }, search: (prev: DiagramSearch): DiagramSearch => ({ ...prev, ck }), replace: true }),
    [navigate, id],
  );

  if (!entry) {
    return (
      <div className="page-error" data-testid="not-found">
        <h1>No diagram called “{id}”</h1>
        <p>It may have been renamed or never existed. Closest matches:</p>
        <Suggestions index={index} words={id.replace(/-/g, ' ')} />
      </div>
    );
  }
  return (
    <Suspense fallback={<p className="page-status">Opening the viewer…</p>}>
      <DiagramPage
        entry={entry}
        companyName={company?.name}
        query={search.q ?? ''}
        node={search.node}
        fullscreen={search.fs === true}
        view={search.view ?? 0}
        onView={setView}
        toolbarExtra={
          <Link to="/compare" search={{ a: entry.id }} className="button-link" data-testid="compare-with">
            Compare with…
          </Link>
        }
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
    </Suspense>
  );
}

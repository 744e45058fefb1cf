import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { EntryPayload, IndexEntry, Section } from '../../content-schema/index-types';
import { sourceHash } from '../../content-schema/source-hash';
import { DiagramCanvas, type CanvasHandle } from './diagram-canvas';
import { STALE_MESSAGE } from '../../lib/content-api';
import { copyText } from '../../lib/clipboard';
import { downloadPng, downloadSvg } from './export-actions';
import { PlaneLegend } from './plane-legend';
import type { DiagramTheme } from './mermaid-render';
import { SectionView } from './section-view';
import { TextAlternative } from './text-alternative';
import { usePayload } from './use-payload';
import { useViewerKeys } from './use-viewer-keys';

export interface Sequence {
  ids: string[];
  position: number;
  label: string;
}

interface Props {
  entry: IndexEntry;
  companyName?: string;
  query: string;
  node?: string;
  fullscreen: boolean;
  /** Which view of the entry the canvas shows: 0 the primary diagram, n the n-th extra view (`?view=`). */
  view: number;
  onView: (view: number) => void;
  sequence?: Sequence;
  theme: DiagramTheme;
  onFullscreen: (on: boolean) => void;
  onStep: (delta: number) => void;
  /** Renders a link to another entry (the router's Link, supplied by the route). */
  link: (id: string, children: ReactNode) => ReactNode;
  /** Renders "At 3 AM" another way (the route plugs in the checklist); gets the plain rendering to fall back on. */
  renderAt3am?: (section: Section, plain: ReactNode) => ReactNode;
  /** More toolbar controls from the route ("Compare with…"). */
  toolbarExtra?: ReactNode;
  /** Failure-history badges for the primary diagram's components (node id → count). */
  badges?: ReadonlyMap<string, number>;
  /** A component was clicked or activated (primary diagram); the route opens its card. */
  onNode?: (id: string) => void;
  /** Drawn over the canvas (the open component card). */
  overlay?: ReactNode;
  /** `?z=scale,cx,cy` from a shared link: open at that view. */
  zoomView?: string;
}

/** Nodes whose label contains a query word (3+ letters) are highlighted. */
function matchingNodes(payload: EntryPayload, query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3);
  if (words.length === 0) return [];
  return payload.nodes.filter((n) => words.some((w) => n.label.toLowerCase().includes(w))).map((n) => n.id);
}

/** A tab name for the primary diagram, from its type. */
function primaryLabel(source: string): string {
  const head = source.trimStart().split(/\s/)[0] ?? '';
  if (head === 'timeline') return 'Timeline';
  if (head === 'sequenceDiagram') return 'Sequence';
  return 'Diagram';
}

export function DiagramPage({
  entry,
  companyName,
  query,
  node,
  fullscreen,
  view,
  onView,
  sequence,
  theme,
  onFullscreen,
  onStep,
  link,
  renderAt3am,
  toolbarExtra,
  badges,
  onNode,
  overlay,
  zoomView,
}: Props) {
  const state = usePayload(entry.id);
  const canvas = useRef<CanvasHandle>(null);
  const shell = useRef<HTMLDivElement>(null);
  const [note, setNote] = useState('');
  // One plane at a time (legend toggles): the other components are dimmed.
  const [planeFocus, setPlaneFocus] = useState<string | undefined>();
  const payload = state.status === 'ready' ? state.payload : undefined;
  const highlight = useMemo(() => (payload ? matchingNodes(payload, query) : []), [payload, query]);
  // `?node=` is a node id, or the text of a node's label (search results link matched labels that way).
  const focusNode = useMemo(
    () => (node && payload ? (payload.nodes.find((n) => n.id === node) ?? payload.nodes.find((n) => n.label === node))?.id : node),
    [node, payload],
  );

  const enter = useCallback(() => {
    onFullscreen(true);
    // Best effort: the real Fullscreen API needs a user gesture; the CSS overlay works regardless.
    shell.current?.requestFullscreen?.().catch(() => undefined);
  }, [onFullscreen]);
  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    onFullscreen(false);
  }, [onFullscreen]);

  useEffect(() => {
    const onChange = (): void => {
      if (!document.fullscreenElement && fullscreen) onFullscreen(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [fullscreen, onFullscreen]);

  const actions = useMemo(
    () => ({
      zoomIn: () => canvas.current?.zoomIn(),
      zoomOut: () => canvas.current?.zoomOut(),
      fit: () => canvas.current?.fit(),
      actualSize: () => canvas.current?.actualSize(),
      toggleFullscreen: () => (fullscreen ? exit() : enter()),
      step: onStep,
      exitFullscreen: exit,
    }),
    [fullscreen, enter, exit, onStep],
  );
  useViewerKeys(actions, fullscreen);

  // A section permalink (`/d/<id>#at-3-am`): the section exists only once the payload has loaded.
  useEffect(() => {
    const hash = decodeURIComponent(window.location.hash.slice(1));
    if (payload && hash) document.getElementById(hash)?.scrollIntoView({ block: 'start' });
  }, [payload]);

  const flash = (msg: string): void => {
    setNote(msg);
    window.setTimeout(() => setNote(''), 2500);
  };

  const svg = (): string | undefined => canvas.current?.svg();
  // Every view is first-class: the same canvas, toolbar and presentation, switched by tabs.
  const views = payload ? [{ title: primaryLabel(payload.source), source: payload.source }, ...payload.views] : [];
  const current = views[view] ?? views[0];
  const background = theme === 'dark' ? '#0f172a' : '#ffffff';

  return (
    <article className={fullscreen ? 'diagram-page presenting' : 'diagram-page'} data-testid="diagram-page" data-id={entry.id}>
      <div className="viewer" ref={shell} data-testid="viewer" data-fullscreen={fullscreen ? 'true' : 'false'}>
        <header className="viewer-head">
          <div>
            <h1 data-testid="diagram-title">{entry.title}</h1>
            <p className="meta">
              <span className={`chip cat-${entry.category}`}>{entry.category}</span>
              {companyName && <span className="chip">{companyName}</span>}
              {entry.kind && <span className="chip">{entry.kind}</span>}
              {entry.incident && <span className="chip">{entry.incident.date}</span>}
              {entry.estimates && (
                <span className="chip badge-estimate" data-testid="estimate-badge" title="Some numbers are estimates, marked ~ or est.">
                  includes estimates
                </span>
              )}
            </p>
          </div>
          {sequence && fullscreen && (
            <div className="sequence" data-testid="sequence-position">
              <button type="button" onClick={() => onStep(-1)} aria-label="Previous diagram">
                ←
              </button>
              <span>
                {sequence.position + 1} / {sequence.ids.length} · {sequence.label}
              </span>
              <button type="button" onClick={() => onStep(1)} aria-label="Next diagram">
                →
              </button>
            </div>
          )}
        </header>
        <div className="toolbar" role="toolbar" aria-label="Diagram controls">
          <button type="button" data-testid="zoom-in" onClick={actions.zoomIn} aria-label="Zoom in (+)">
            +
          </button>
          <button type="button" data-testid="zoom-out" onClick={actions.zoomOut} aria-label="Zoom out (-)">
            −
          </button>
          <button type="button" data-testid="zoom-fit" onClick={actions.fit} aria-label="Fit to screen (0)">
            Fit
          </button>
          <button type="button" data-testid="zoom-1" onClick={actions.actualSize} aria-label="1:1 actual size (1)">
            1:1
          </button>
          <button type="button" data-testid="fullscreen" onClick={actions.toggleFullscreen} aria-pressed={fullscreen}>
            {fullscreen ? 'Exit (Esc)' : 'Present (f)'}
          </button>
          {toolbarExtra}
          <span className="spacer" />
          <button
            type="button"
            data-testid="copy-source"
            aria-label="Copy source"
            title="Copy the mermaid source"
            disabled={!payload}
            onClick={() => current && void copyText(current.source).then((ok) => flash(ok ? 'Source copied' : 'Copy failed'))}
          >
            Source
          </button>
          <button
            type="button"
            data-testid="download-svg"
            disabled={!payload}
            onClick={() => {
              const s = svg();
              if (s) downloadSvg(s, entry.id);
            }}
          >
            SVG
          </button>
          <button
            type="button"
            data-testid="download-png"
            disabled={!payload}
            onClick={() => {
              const s = svg();
              if (s) void downloadPng(s, entry.id, background).catch((e: Error) => flash(e.message));
            }}
          >
            PNG
          </button>
          <button
            type="button"
            data-testid="copy-link"
            aria-label="Copy link"
            title="Copy a link to this diagram at this zoom"
            onClick={() => {
              // The link carries the zoom and the part of the diagram in view, so the next responder sees the same.
              const url = new URL(window.location.href);
              const z = canvas.current?.shareableView();
              if (z) url.searchParams.set('z', z);
              void copyText(url.href).then((ok) => flash(ok ? 'Link copied, with this zoom and view' : 'Copy failed'));
            }}
          >
            Link
          </button>
          <span className="toast" role="status" aria-live="polite">
            {note}
          </span>
        </div>
        {state.status === 'error' && (
          <div className="render-error" role="alert" data-testid="payload-error">
            {state.message === STALE_MESSAGE ? (
              <>
                <p>{state.message}</p>
                <button type="button" data-testid="stale-reload" onClick={() => window.location.reload()}>
                  Reload
                </button>
              </>
            ) : (
              <>
                <p>This diagram could not be loaded: {state.message}</p>
                <button type="button" onClick={state.retry}>
                  Retry
                </button>
              </>
            )}
          </div>
        )}
        {state.status === 'loading' && (
          <div className="canvas-loading" role="status">
            Loading…
          </div>
        )}
        {payload && views.length > 1 && (
          <div className="view-tabs" role="tablist" aria-label="Views of this entry" data-testid="view-tabs">
            {views.map((v, i) => (
              <button
                key={i}
                type="button"
                role="tab"
                id={`view-tab-${i}`}
                aria-selected={v === current}
                aria-controls="view-panel"
                data-testid="view-tab"
                onClick={() => onView(i)}
              >
                {v.title}
              </button>
            ))}
          </div>
        )}
        {payload && current && (
          <div
            id="view-panel"
            role={views.length > 1 ? 'tabpanel' : undefined}
            aria-labelledby={views.length > 1 ? `view-tab-${views.indexOf(current)}` : undefined}
          >
            <DiagramCanvas
              ref={canvas}
              renderKey={sourceHash(current.source)}
              source={current.source}
              theme={theme}
              highlight={highlight}
              focusNode={current === views[0] ? focusNode : undefined}
              fullscreen={fullscreen}
              dimExcept={planeFocus}
              initialView={zoomView}
              badges={current === views[0] ? badges : undefined}
              onNode={current === views[0] ? onNode : undefined}
            />
            {overlay}
            <PlaneLegend source={current.source} focus={planeFocus} onFocus={setPlaneFocus} />
          </div>
        )}
      </div>
      {payload && (
        <aside className="entry-side" data-testid="entry-side">
          <p className="summary">{entry.summary}</p>
          {renderAt3am ? (
            renderAt3am(payload.at3am, <SectionView section={payload.at3am} bare />)
          ) : (
            <SectionView section={payload.at3am} testId="at-3am" />
          )}
          {payload.sections.map((s) => (
            <SectionView key={s.heading} section={s} />
          ))}
          {views.length > 1 && (
            <p className="views-note">
              This entry has {views.length} views; switch with the tabs above the diagram ({views.map((v) => v.title).join(', ')}).
            </p>
          )}
          <TextAlternative payload={payload} />
          <section className="entry-section" data-testid="sources">
            <h2>Sources</h2>
            <ul>
              {payload.sources.map((s) => (
                <li key={s.id}>
                  <a href={s.url} target="_blank" rel="noopener noreferrer">
                    {s.title}
                  </a>{' '}
                  <small>
                    {s.publisher}
                    {s.year ? `, ${s.year}` : ''}
                    {s.first_party ? '' : ' (third party)'}
                  </small>
                </li>
              ))}
            </ul>
            <p className="reviewed">Last reviewed {entry.lastReviewed}</p>
          </section>
          {payload.related.length > 0 && (
            <section className="entry-section" data-testid="related">
              <h2>Related</h2>
              <ul>
                {payload.related.map((r) => (
                  <li key={r.id}>{link(r.id, r.title)}</li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      )}
    </article>
  );
}

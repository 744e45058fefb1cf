import { Link, useNavigate } from '@tanstack/react-router';
import { useCallback, useRef } from 'react';
import type { StartupIndex } from '../../content-schema/index-types';
import { sourceHash } from '../../content-schema/source-hash';
import { DiagramCanvas, type CanvasHandle } from '../../features/diagram-viewer/diagram-canvas';
import { usePayload } from '../../features/diagram-viewer/use-payload';
import { useResolvedTheme } from '../../lib/use-theme';
import { IndexGate } from '../index-gate';
import type { CompareSearch } from '../search-params';

type View = { x: number; y: number; scale: number };

/** Two diagrams side by side (stacked on phones), each with its own zoom, optionally locked together (`?lock=1`). */
export function CompareRoute({ search }: { search: CompareSearch }) {
  return <IndexGate>{(index) => <Compare index={index} search={search} />}</IndexGate>;
}

function Compare({ index, search }: { index: StartupIndex; search: CompareSearch }) {
  const navigate = useNavigate();
  const left = useRef<CanvasHandle>(null);
  const right = useRef<CanvasHandle>(null);
  const lock = search.lock === true;
  const set = (next: Partial<CompareSearch>): void => void navigate({ to: '/compare', search: { ...search, ...next }, replace: true });
  // Locked: what the user does on one side is applied to the other (setView does not echo back).
  const followA = useCallback((v: View) => lock && right.current?.setView(v), [lock]);
  const followB = useCallback((v: View) => lock && left.current?.setView(v), [lock]);
  return (
    <div className="compare" data-testid="compare">
      <div className="compare-bar">
        <h1>Side by side</h1>
        <label>
          <input
            type="checkbox"
            data-testid="compare-lock"
            checked={lock}
            onChange={(e) => set({ lock: e.target.checked ? true : undefined })}
          />{' '}
          Lock zoom and pan
        </label>
        <button
          type="button"
          data-testid="compare-swap"
          onClick={() => set({ a: search.b, b: search.a })}
          disabled={!search.a || !search.b}
        >
          Swap
        </button>
      </div>
      <datalist id="compare-entries">
        {index.entries.map((e) => (
          <option key={e.id} value={e.id}>
            {e.title}
          </option>
        ))}
      </datalist>
      <div className="compare-panes">
        <Pane index={index} id={search.a} side="a" handle={left} onViewChange={followA} onPick={(id) => set({ a: id })} />
        <Pane index={index} id={search.b} side="b" handle={right} onViewChange={followB} onPick={(id) => set({ b: id })} />
      </div>
    </div>
  );
}

interface PaneProps {
  index: StartupIndex;
  id?: string;
  side: 'a' | 'b';
  handle: React.RefObject<CanvasHandle | null>;
  onViewChange: (v: View) => void;
  onPick: (id: string) => void;
}

function Pane({ index, id, side, handle, onViewChange, onPick }: PaneProps) {
  const entry = id ? index.entries.find((e) => e.id === id) : undefined;
  return (
    <section className="compare-pane" data-testid={`compare-pane-${side}`} aria-label={entry ? entry.title : 'Choose a diagram'}>
      <label className="compare-pick">
        <span className="visually-hidden">Diagram for this side</span>
        <input
          list="compare-entries"
          data-testid={`compare-pick-${side}`}
          placeholder="Type a diagram id or title…"
          defaultValue={entry?.id ?? ''}
          key={entry?.id ?? 'none'}
          onChange={(e) => index.entries.some((x) => x.id === e.target.value) && onPick(e.target.value)}
        />
      </label>
      {entry ? (
        <>
          <h2>
            <Link to="/d/$id" params={{ id: entry.id }}>
              {entry.title}
            </Link>
          </h2>
          <PaneCanvas id={entry.id} handle={handle} onViewChange={onViewChange} />
        </>
      ) : (
        <p className="muted">{id ? `No diagram called “${id}”.` : 'Pick a diagram to compare with.'}</p>
      )}
    </section>
  );
}

function PaneCanvas({ id, handle, onViewChange }: { id: string; handle: PaneProps['handle']; onViewChange: (v: View) => void }) {
  const state = usePayload(id);
  const { theme } = useResolvedTheme();
  if (state.status === 'loading') return <p className="canvas-loading">Loading…</p>;
  if (state.status === 'error') return <p role="alert">{state.message}</p>;
  return (
    <>
      <div className="toolbar" role="toolbar" aria-label="Controls for this side">
        <button type="button" data-testid="zoom-in" aria-label="Zoom in" onClick={() => handle.current?.zoomIn()}>
          +
        </button>
        <button type="button" data-testid="zoom-out" aria-label="Zoom out" onClick={() => handle.current?.zoomOut()}>
          −
        </button>
        <button type="button" data-testid="zoom-fit" onClick={() => handle.current?.fit()}>
          Fit
        </button>
      </div>
      <DiagramCanvas
        ref={handle}
        renderKey={sourceHash(state.payload.source)}
        source={state.payload.source}
        theme={theme}
        highlight={[]}
        fullscreen={false}
        onViewChange={onViewChange}
      />
    </>
  );
}

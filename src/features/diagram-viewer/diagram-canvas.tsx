import { useCallback, useEffect, useImperativeHandle, useRef, useState, forwardRef } from 'react';
import { TransformComponent, TransformWrapper, type ReactZoomPanPinchContentRef } from 'react-zoom-pan-pinch';
import { cachedSvg, LargeDiagramError, loadSvg, type DiagramTheme } from './mermaid-render';
import { firstView, startNode, type Size } from './first-view';
import { Minimap } from './minimap';
import { decorateNodes } from './node-decorations';
import { findNodeElement, highlightNodes, svgSize } from './svg-nodes';
import { MAX_SCALE, MIN_SCALE, wheelPixels, zoomAround } from './wheel-zoom';

export interface CanvasHandle {
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  actualSize: () => void;
  svg: () => string | undefined;
  /** Move to a view without reporting it back through onViewChange (for a locked side-by-side pane). */
  setView: (v: { x: number; y: number; scale: number }) => void;
  /** The view as a link can carry it: the diagram point at the canvas centre and the zoom (`?z=scale,cx,cy`). */
  shareableView: () => string | undefined;
}

interface Props {
  renderKey: string;
  source: string;
  theme: DiagramTheme;
  highlight: string[];
  focusNode?: string;
  /** In fullscreen a plain wheel zooms; inline it scrolls the page and Ctrl/Cmd+wheel zooms. */
  fullscreen: boolean;
  /** Called (at most once a frame) when the user zooms or pans; not for setView. */
  onViewChange?: (v: { x: number; y: number; scale: number }) => void;
  /** Components with public incidents: node id → count, drawn as badges. */
  badges?: ReadonlyMap<string, number>;
  /** Makes components focusable and clickable; called with the node id. */
  onNode?: (id: string) => void;
  /** Dim every component that is not in this plane. */
  dimExcept?: string;
  /** Open at this view (`scale,cx,cy` from a shared link) instead of the first view. */
  initialView?: string;
}

export const DiagramCanvas = forwardRef<CanvasHandle, Props>(function DiagramCanvas(
  { renderKey, source, theme, highlight, focusNode, fullscreen, onViewChange, badges, onNode, dimExcept, initialView },
  ref,
) {
  const [svg, setSvg] = useState<string | undefined>(() => cachedSvg(renderKey, theme));
  const [error, setError] = useState<string>();
  // A large diagram with no pre-rendered copy is drawn only when the user asks (it can pause the tab).
  const [large, setLarge] = useState<number>();
  const [allowLarge, setAllowLarge] = useState(false);
  const zoom = useRef<ReactZoomPanPinchContentRef>(null);
  const host = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    const hit = cachedSvg(renderKey, theme);
    if (hit) {
      setSvg(hit);
      setError(undefined);
      return;
    }
    setLarge(undefined);
    loadSvg(renderKey, source, theme, allowLarge).then(
      (s) => live && (setSvg(s), setError(undefined)),
      (e: unknown) => {
        if (!live) return;
        if (e instanceof LargeDiagramError) setLarge(e.chars);
        else setError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      live = false;
    };
  }, [renderKey, source, theme, allowLarge]);

  // What the canvas shows: the transform (for the minimap) and, after the first view, how much of the
  // diagram is in view (for the "showing part" note). Updated at most once per frame while panning.
  const [view, setView] = useState({ x: 0, y: 0, scale: 1 });
  const [layout, setLayout] = useState<{ diagram: Size; frame: Size } | undefined>();
  const pending = useRef<number | undefined>(undefined);
  // Set while setView moves the canvas, so the move is not reported as the user's.
  const applying = useRef(false);
  const reportView = useRef(onViewChange);
  useEffect(() => {
    reportView.current = onViewChange;
  });

  /**
   * `whole`: the entire diagram in view (the Fit button). Otherwise the first view (first-view.ts): the
   * whole diagram while its text stays readable, else a readable size on its start node, with a minimap.
   */
  const fit = useCallback((whole = true) => {
    const el = host.current?.querySelector('svg');
    const box = frame.current;
    const z = zoom.current;
    if (!el || !box || !z) return;
    const diagram = svgSize(el);
    const size = { width: box.clientWidth, height: box.clientHeight };
    // A fit is the viewer's own move, not the user's: not reported to onViewChange.
    applying.current = true;
    if (whole) {
      const scale = Math.max(0.05, Math.min(size.width / diagram.width, size.height / diagram.height) * 0.95);
      z.setTransform((size.width - diagram.width * scale) / 2, (size.height - diagram.height * scale) / 2, scale, 0);
      setLayout({ diagram, frame: size });
      return;
    }
    const phone = window.matchMedia?.('(max-width: 600px)').matches ?? false;
    const v = firstView(size, diagram, startNode(el, diagram), phone);
    z.setTransform(v.x, v.y, v.scale, 0);
    setLayout({ diagram, frame: size });
  }, []);

  // After each new SVG: size it, highlight matching nodes, open at a readable fit or centred on ?node=.
  useEffect(() => {
    const el = host.current?.querySelector('svg');
    if (!el) return;
    const { width, height } = svgSize(el);
    el.setAttribute('width', String(width));
    el.setAttribute('height', String(height));
    el.style.maxWidth = 'none';
    highlightNodes(el, focusNode ? [...new Set([...highlight, focusNode])] : highlight);
    const target = focusNode ? findNodeElement(el, focusNode) : undefined;
    if (target) {
      target.classList.add('atlas-focus');
      requestAnimationFrame(() => zoom.current?.zoomToElement(target as HTMLElement, 1.4, 0));
    } else
      requestAnimationFrame(() => {
        fit(false);
        // A shared link's view: the same diagram point centred at the same zoom, whatever the screen size.
        const [s, cx, cy] = (initialView ?? '').split(',').map(Number);
        const box = frame.current;
        if (box && s && Number.isFinite(cx) && Number.isFinite(cy))
          zoom.current?.setTransform(box.clientWidth / 2 - (cx ?? 0) * s, box.clientHeight / 2 - (cy ?? 0) * s, s, 0);
      });
    // The shared view applies when the diagram first opens, not on every later change of the link.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [svg, highlight, focusNode, fit]);

  useEffect(() => {
    requestAnimationFrame(() => fit(false));
  }, [fullscreen, fit]);

  // Components as buttons, with failure-history badges (features/failure-history, composed by the route).
  const nodeHandler = useRef(onNode);
  useEffect(() => {
    nodeHandler.current = onNode;
  });
  const interactive = onNode !== undefined;
  useEffect(() => {
    const el = host.current?.querySelector('svg');
    if (!el || !interactive) return;
    return decorateNodes(el, badges ?? new Map(), (id) => nodeHandler.current?.(id));
  }, [svg, badges, interactive]);

  // Wheel zoom (our own, proportional to the wheel's movement; see wheel-zoom.ts). Inline, a plain wheel
  // scrolls the page and Ctrl/Cmd+wheel (and a trackpad pinch, which arrives as ctrl+wheel) zooms; in
  // fullscreen any wheel zooms. A non-passive listener, so the page does not also scroll or zoom.
  useEffect(() => {
    const box = frame.current;
    if (!box) return;
    const onWheel = (e: WheelEvent): void => {
      if (!fullscreen && !e.ctrlKey && !e.metaKey) return;
      const z = zoom.current;
      if (!z) return;
      e.preventDefault();
      const r = box.getBoundingClientRect();
      const s = z.instance.state;
      const next = zoomAround({ x: s.positionX, y: s.positionY, scale: s.scale }, wheelPixels(e), e.clientX - r.left, e.clientY - r.top);
      z.setTransform(next.x, next.y, next.scale, 0);
    };
    box.addEventListener('wheel', onWheel, { passive: false });
    return () => box.removeEventListener('wheel', onWheel);
  }, [fullscreen, svg]);

  // On a touch screen, inline, one finger scrolls the page (as map embeds do) and two fingers zoom and
  // move the diagram; presenting, one finger pans. The library never sees a one-finger touch here.
  const coarse = typeof window !== 'undefined' && (window.matchMedia?.('(pointer: coarse)').matches ?? false);
  const touchScroll = coarse && !fullscreen;
  useEffect(() => {
    const box = frame.current;
    if (!box || !touchScroll) return;
    const onStart = (e: TouchEvent): void => {
      if (e.touches.length === 1) e.stopPropagation();
    };
    box.addEventListener('touchstart', onStart, { capture: true, passive: true });
    return () => box.removeEventListener('touchstart', onStart, { capture: true });
  }, [touchScroll, svg]);

  useImperativeHandle(ref, () => ({
    zoomIn: () => zoom.current?.zoomIn(0.25, 150),
    zoomOut: () => zoom.current?.zoomOut(0.25, 150),
    fit: () => fit(true),
    actualSize: () => {
      const box = frame.current;
      const el = host.current?.querySelector('svg');
      if (!box || !el) return;
      const { width, height } = svgSize(el);
      zoom.current?.setTransform((box.clientWidth - width) / 2, Math.max(0, (box.clientHeight - height) / 2), 1, 150);
    },
    svg: () => svg,
    shareableView: () => {
      const st = zoom.current?.instance.state;
      const box = frame.current;
      if (!st || !box) return undefined;
      const cx = (box.clientWidth / 2 - st.positionX) / st.scale;
      const cy = (box.clientHeight / 2 - st.positionY) / st.scale;
      return `${st.scale.toFixed(3)},${cx.toFixed(0)},${cy.toFixed(0)}`;
    },
    setView: (v) => {
      applying.current = true;
      zoom.current?.setTransform(v.x, v.y, v.scale, 0);
    },
  }));

  // Live share of the diagram in view (it changes as the user zooms and pans).
  const shown = layout
    ? (() => {
        const w = layout.diagram.width * view.scale;
        const h = layout.diagram.height * view.scale;
        const vis = (a: number, len: number, frameLen: number): number => Math.max(0, Math.min(frameLen, a + len) - Math.max(0, a));
        return (vis(view.x, w, layout.frame.width) * vis(view.y, h, layout.frame.height)) / (w * h);
      })()
    : 1;
  const whole = shown >= 0.995;
  const centre = (cx: number, cy: number): void => {
    const z = zoom.current;
    const f = frame.current;
    if (!z || !f) return;
    const k = z.instance.state.scale;
    z.setTransform(f.clientWidth / 2 - cx * k, f.clientHeight / 2 - cy * k, k, 0);
  };

  if (large !== undefined && !svg) {
    return (
      <div className="render-error" role="status" data-testid="large-diagram">
        <h3>A large diagram</h3>
        <p>
          This diagram has {Math.round(large / 1000)}k characters of source and no pre-drawn copy; drawing it here can pause the page for a
          few seconds.
        </p>
        <button type="button" onClick={() => setAllowLarge(true)} data-testid="draw-large">
          Draw it
        </button>
      </div>
    );
  }
  if (error) {
    return (
      <div className="render-error" role="alert" data-testid="render-error">
        <h3>This diagram could not be rendered</h3>
        <p>
          Mermaid said: <code>{error.split('\n')[0]}</code>
        </p>
        <details open>
          <summary>Diagram source</summary>
          <pre>{source}</pre>
        </details>
      </div>
    );
  }
  return (
    <>
      <div className={touchScroll ? 'canvas-frame touch-scroll' : 'canvas-frame'} ref={frame} data-testid="canvas">
        {!svg && (
          <div className="canvas-loading" role="status">
            Rendering…
          </div>
        )}
        <TransformWrapper
          ref={zoom}
          minScale={MIN_SCALE}
          maxScale={MAX_SCALE}
          limitToBounds={false}
          centerZoomedOut={false}
          doubleClick={{ disabled: true }}
          // The library's wheel zoom jumps to its limits in one notch: ours (above) replaces it.
          wheel={{ disabled: true }}
          pinch={{ step: 5 }}
          panning={{ velocityDisabled: true, excluded: ['button'] }}
          onTransform={(_r, s) => {
            const f = frame.current;
            if (!f) return;
            f.dataset.scale = s.scale.toFixed(3);
            f.dataset.x = s.positionX.toFixed(1);
            f.dataset.y = s.positionY.toFixed(1);
            if (pending.current === undefined)
              pending.current = requestAnimationFrame(() => {
                pending.current = undefined;
                const st = zoom.current?.instance.state;
                if (!st) return;
                const v = { x: st.positionX, y: st.positionY, scale: st.scale };
                setView(v);
                if (applying.current) applying.current = false;
                else reportView.current?.(v);
              });
          }}
        >
          <TransformComponent wrapperClass="canvas-wrapper" contentClass="canvas-content">
            <div
              ref={host}
              className="diagram-svg"
              data-testid="diagram-svg"
              data-theme={theme}
              data-plane={dimExcept}
              dangerouslySetInnerHTML={svg ? { __html: svg } : undefined}
            />
          </TransformComponent>
        </TransformWrapper>
        {svg && layout && !whole && (
          <>
            <p className="canvas-note" data-testid="partial-note" role="status">
              {Math.max(1, Math.round(shown * 100))}% of the diagram shown · Fit (<kbd>0</kbd>) shows all
            </p>
            <Minimap svg={svg} diagram={layout.diagram} frame={layout.frame} view={view} onCentre={centre} />
          </>
        )}
      </div>
      {svg && touchScroll && (
        <p className="canvas-hint" data-testid="touch-hint">
          Two fingers zoom and move the diagram · one finger scrolls the page
        </p>
      )}
    </>
  );
});

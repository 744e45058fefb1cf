import { useCallback, useEffect, useImperativeHandle, useRef, useState, forwardRef } from 'react';
import { TransformComponent, TransformWrapper, type ReactZoomPanPinchContentRef } from 'react-zoom-pan-pinch';
import { cachedSvg, LargeDiagramError, loadSvg, type DiagramTheme } from './mermaid-render';
import { findNodeElement, highlightNodes, svgSize } from './svg-nodes';
import { MAX_SCALE, MIN_SCALE, wheelPixels, zoomAround } from './wheel-zoom';

export interface CanvasHandle {
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  actualSize: () => void;
  svg: () => string | undefined;
}

interface Props {
  renderKey: string;
  source: string;
  theme: DiagramTheme;
  highlight: string[];
  focusNode?: string;
  /** In fullscreen a plain wheel zooms; inline it scrolls the page and Ctrl/Cmd+wheel zooms. */
  fullscreen: boolean;
}

export const DiagramCanvas = forwardRef<CanvasHandle, Props>(function DiagramCanvas(
  { renderKey, source, theme, highlight, focusNode, fullscreen },
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

  /**
   * `whole`: the entire diagram in view (the Fit button). Otherwise a readable fit for first
   * open: the whole diagram when its text stays legible (scale ≥ 0.6), else scale 0.6 anchored
   * at the top-left so the start of the diagram is readable and the rest is a drag away.
   */
  const fit = useCallback((whole = true) => {
    const el = host.current?.querySelector('svg');
    const box = frame.current;
    const z = zoom.current;
    if (!el || !box || !z) return;
    const { width, height } = svgSize(el);
    const all = Math.min(box.clientWidth / width, box.clientHeight / height) * 0.95;
    const scale = Math.min(1.6, Math.max(0.05, whole ? all : Math.max(all, 0.6)));
    const w = width * scale;
    const h = height * scale;
    z.setTransform(w <= box.clientWidth ? (box.clientWidth - w) / 2 : 8, h <= box.clientHeight ? (box.clientHeight - h) / 2 : 8, scale, 0);
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
    } else requestAnimationFrame(() => fit(false));
  }, [svg, highlight, focusNode, fit]);

  useEffect(() => {
    requestAnimationFrame(() => fit(false));
  }, [fullscreen, fit]);

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
  }));

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
    <div className="canvas-frame" ref={frame} data-testid="canvas">
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
        }}
      >
        <TransformComponent wrapperClass="canvas-wrapper" contentClass="canvas-content">
          <div
            ref={host}
            className="diagram-svg"
            data-testid="diagram-svg"
            data-theme={theme}
            dangerouslySetInnerHTML={svg ? { __html: svg } : undefined}
          />
        </TransformComponent>
      </TransformWrapper>
    </div>
  );
});

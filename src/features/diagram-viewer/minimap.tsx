import { useEffect, useMemo, useRef, type PointerEvent } from 'react';
import type { Size } from './first-view';

interface Props {
  svg: string;
  diagram: Size;
  frame: Size;
  /** The canvas transform: the diagram's top-left on screen and its scale. */
  view: { x: number; y: number; scale: number };
  /** Centre the canvas on this point of the diagram (viewBox units). */
  onCentre: (x: number, y: number) => void;
}

const BOX = 150;

/**
 * An overview of a diagram larger than the canvas: the whole picture, the part in view as a frame, and
 * a click or drag to move there. Drawn from the same SVG as an image (a blob URL: one copy in the DOM,
 * no duplicate element ids).
 */
export function Minimap({ svg, diagram, frame, view, onCentre }: Props) {
  const url = useMemo(() => URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })), [svg]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  const k = Math.min(BOX / diagram.width, BOX / diagram.height);
  const w = diagram.width * k;
  const h = diagram.height * k;
  // The viewport in diagram units, clipped to the diagram.
  const vx = Math.max(0, -view.x / view.scale);
  const vy = Math.max(0, -view.y / view.scale);
  const vw = Math.min(diagram.width - vx, frame.width / view.scale);
  const vh = Math.min(diagram.height - vy, frame.height / view.scale);
  const dragging = useRef(false);

  const move = (e: PointerEvent<HTMLDivElement>): void => {
    const r = e.currentTarget.getBoundingClientRect();
    onCentre((e.clientX - r.left) / k, (e.clientY - r.top) / k);
  };

  return (
    <div
      className="minimap"
      data-testid="minimap"
      role="img"
      aria-label="Overview of the whole diagram; the frame marks the part in view. Click to move there."
      style={{ width: w, height: h }}
      onPointerDown={(e) => {
        e.stopPropagation();
        dragging.current = true;
        e.currentTarget.setPointerCapture(e.pointerId);
        move(e);
      }}
      onPointerMove={(e) => dragging.current && move(e)}
      onPointerUp={() => (dragging.current = false)}
    >
      <img src={url} alt="" width={w} height={h} draggable={false} />
      <span
        className="minimap-view"
        data-testid="minimap-view"
        style={{ left: vx * k, top: vy * k, width: Math.max(4, vw * k), height: Math.max(4, vh * k) }}
      />
    </div>
  );
}

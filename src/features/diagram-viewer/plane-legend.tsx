import { EVENT_CLASS, EVENT_STYLE, PLANE_PALETTE, PLANES } from '../../content-schema/taxonomy';

/** Which planes (and the neutral event class) a diagram source uses: `A[x]:::edge` or `class a,b edge`. */
export function legendOf(source: string): { planes: string[]; event: boolean } {
  const used = (cls: string): boolean => new RegExp(`:::${cls}\\b|^\\s*class\\s+[^\\n]*\\s${cls}\\s*;?\\s*$`, 'm').test(source);
  return { planes: PLANES.filter(used), event: used(EVENT_CLASS) };
}

/**
 * The colour key beside the canvas: what each plane colour means, only for the planes this view uses.
 * Each plane is also a toggle that dims every other component, to read one plane at a time.
 */
export function PlaneLegend({ source, focus, onFocus }: { source: string; focus?: string; onFocus: (plane: string | undefined) => void }) {
  const { planes, event } = legendOf(source);
  if (planes.length === 0 && !event) return null;
  return (
    <ul className="plane-legend" data-testid="plane-legend" aria-label="Colour key">
      {planes.map((p) => {
        const s = PLANE_PALETTE[p as keyof typeof PLANE_PALETTE];
        return (
          <li key={p} title={s.holds}>
            <button
              type="button"
              className="legend-toggle"
              aria-pressed={focus === p}
              data-testid={`plane-focus-${p}`}
              onClick={() => onFocus(focus === p ? undefined : p)}
            >
              <span className="swatch" style={{ background: s.fill, borderColor: s.stroke }} aria-hidden="true" />
              {s.label}: {s.holds}
            </button>
          </li>
        );
      })}
      {event && (
        <li>
          <span className="swatch event" style={{ background: EVENT_STYLE.fill, borderColor: EVENT_STYLE.stroke }} aria-hidden="true" />
          {EVENT_STYLE.label}
        </li>
      )}
    </ul>
  );
}

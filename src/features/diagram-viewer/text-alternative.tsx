import type { EntryPayload } from '../../content-schema/index-types';

/** The diagram as lists, for screen readers and for anyone who prefers text. */
export function TextAlternative({ payload }: { payload: EntryPayload }) {
  const label = new Map(payload.nodes.map((n) => [n.id, n.label]));
  return (
    <details className="text-alt" data-testid="text-alternative">
      <summary>
        Text alternative: {payload.nodes.length} nodes, {payload.edges.length} connections
      </summary>
      <h3>Nodes</h3>
      <ul>
        {payload.nodes.map((n) => (
          <li key={n.id}>
            {n.label}
            {n.plane && <span className={`plane-tag plane-${n.plane}`}> — {n.plane} plane</span>}
          </li>
        ))}
      </ul>
      {payload.edges.length > 0 && (
        <>
          <h3>Connections</h3>
          <ul>
            {payload.edges.map((e, i) => (
              <li key={i}>
                {label.get(e.from) ?? e.from} → {label.get(e.to) ?? e.to}
                {e.label ? ` (${e.label})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

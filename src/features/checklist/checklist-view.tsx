import { useState, type ReactNode } from 'react';
import type { Section } from '../../content-schema/index-types';
import { copyText } from '../../lib/clipboard';
import { checklistMarkdown, decodeChecklist, encodeChecklist, nowMinutes, type ChecklistState } from './checklist-state';

interface Props {
  title: string;
  section: Section;
  /** The `?ck=` param (the checklist's whole state) and how to write a new one. */
  param?: string;
  onChange: (param: string | undefined) => void;
  /** Renders a step's inline text (code spans, links) the way the rest of the page does. */
  renderText: (text: string) => ReactNode;
  /** The plain section, for when the checklist is off. */
  plain: ReactNode;
}

/**
 * "At 3 AM" as a checklist: tick a step (its time is kept), add a one-line note, copy the progress as
 * Markdown or as a link. The state is the URL's `?ck=`; reload or paste the link and it is all there.
 */
export function ChecklistView({ title, section, param, onChange, renderText, plain }: Props) {
  const steps = section.blocks.flatMap((b) => (b.type === 'ul' || b.type === 'ol' ? b.items : []));
  const state = decodeChecklist(param);
  const [open, setOpen] = useState(param !== undefined);
  const [drafts, setDrafts] = useState<Record<number, string>>({});
  const [note, setNote] = useState('');
  const done = steps.filter((_, i) => state[i]?.done).length;

  const write = (next: ChecklistState): void => onChange(encodeChecklist(next));
  const toggle = (i: number): void => {
    const s = state[i] ?? { done: false, at: 0, note: '' };
    write({ ...state, [i]: { ...s, done: !s.done, at: s.done ? 0 : nowMinutes() } });
  };
  const saveNote = (i: number): void => {
    const text = drafts[i];
    if (text === undefined) return;
    const s = state[i] ?? { done: false, at: 0, note: '' };
    write({ ...state, [i]: { ...s, note: text } });
    setDrafts(({ [i]: _saved, ...rest }) => rest);
  };
  const flash = (ok: boolean, what: string): void => {
    setNote(ok ? `${what} copied` : 'Copy failed');
    window.setTimeout(() => setNote(''), 2500);
  };

  return (
    <section className="entry-section checklist" data-testid="at-3am" id="at-3-am">
      <div className="checklist-head">
        <h2>
          At 3 AM{' '}
          <a className="permalink" href="#at-3-am" aria-label="Link to “At 3 AM”" data-testid="permalink">
            #
          </a>
        </h2>
        <button
          type="button"
          aria-pressed={open}
          data-testid="checklist-toggle"
          onClick={() => setOpen(!open)}
          disabled={steps.length === 0}
        >
          {open ? 'Show as text' : 'Use as checklist'}
        </button>
      </div>
      {!open ? (
        plain
      ) : (
        <>
          <p className="muted" data-testid="checklist-progress" aria-live="polite">
            {done} of {steps.length} done · the link holds this progress
          </p>
          <ol className="checklist-steps">
            {steps.map((text, i) => {
              const s = state[i];
              return (
                <li key={i} className={s?.done ? 'done' : undefined}>
                  <label>
                    <input type="checkbox" checked={s?.done ?? false} onChange={() => toggle(i)} data-testid="checklist-step" />
                    <span>{renderText(text)}</span>
                  </label>
                  {s?.done && <small className="muted"> done {new Date(s.at * 60_000).toISOString().slice(11, 16)} UTC</small>}
                  <input
                    type="text"
                    className="checklist-note"
                    data-testid="checklist-note"
                    aria-label={`Note for step ${i + 1}`}
                    placeholder="note (who, what you saw)"
                    maxLength={140}
                    value={drafts[i] ?? s?.note ?? ''}
                    onChange={(e) => setDrafts({ ...drafts, [i]: e.target.value })}
                    onBlur={() => saveNote(i)}
                    onKeyDown={(e) => e.key === 'Enter' && saveNote(i)}
                  />
                </li>
              );
            })}
          </ol>
          <div className="checklist-actions">
            <button
              type="button"
              data-testid="checklist-copy-md"
              onClick={() =>
                void copyText(checklistMarkdown(title, steps, state, window.location.href)).then((ok) => flash(ok, 'Markdown'))
              }
            >
              Copy as Markdown
            </button>
            <button
              type="button"
              data-testid="checklist-copy-link"
              onClick={() => void copyText(window.location.href).then((ok) => flash(ok, 'Link'))}
            >
              Copy handover link
            </button>
            <button type="button" onClick={() => onChange(undefined)} disabled={param === undefined}>
              Clear
            </button>
            <span className="toast" role="status">
              {note}
            </span>
          </div>
        </>
      )}
    </section>
  );
}

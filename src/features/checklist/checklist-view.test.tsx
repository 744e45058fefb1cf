// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeChecklist, encodeChecklist } from './checklist-state';
import { ChecklistView } from './checklist-view';

const section = { heading: 'At 3 AM', blocks: [{ type: 'ul' as const, items: ['Check lag', 'Scale consumers', 'Page the owner'] }] };

afterEach(cleanup);

describe('ChecklistView', () => {
  it('shows the state the link holds, and ticking a step writes the new state with its time', () => {
    const onChange = vi.fn();
    const param = encodeChecklist({ 1: { done: true, at: 29_000_000, note: 'doubled' } });
    render(
      <ChecklistView title="Kafka lag" section={section} param={param} onChange={onChange} renderText={(t) => t} plain={<p>plain</p>} />,
    );
    const boxes = screen.getAllByTestId('checklist-step');
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([false, true, false]);
    expect((screen.getAllByTestId('checklist-note')[1] as HTMLInputElement).value).toBe('doubled');
    expect(screen.getByTestId('checklist-progress').textContent).toContain('1 of 3 done');
    fireEvent.click(boxes[0] as HTMLElement);
    const next = decodeChecklist(onChange.mock.calls[0]?.[0] as string);
    expect(next[0]?.done).toBe(true);
    expect(next[0]?.at).toBeGreaterThan(29_000_000);
    expect(next[1]).toEqual({ done: true, at: 29_000_000, note: 'doubled' });
  });

  it('starts as plain text without a param, and a note is written on Enter, not per keystroke', () => {
    const onChange = vi.fn();
    render(<ChecklistView title="t" section={section} onChange={onChange} renderText={(t) => t} plain={<p>plain text</p>} />);
    expect(screen.getByText('plain text')).toBeTruthy();
    fireEvent.click(screen.getByTestId('checklist-toggle'));
    const note = screen.getAllByTestId('checklist-note')[2] as HTMLInputElement;
    fireEvent.change(note, { target: { value: 'owner paged' } });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.keyDown(note, { key: 'Enter' });
    expect(decodeChecklist(onChange.mock.calls[0]?.[0] as string)[2]).toEqual({ done: false, at: 0, note: 'owner paged' });
  });
});

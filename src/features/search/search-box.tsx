import { forwardRef, type KeyboardEvent } from 'react';

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** Moves the active result; the list itself is rendered by the caller. */
  onMove: (delta: number) => void;
  onEnter: () => void;
  activeId?: string;
  count: number;
}

/** The search input: typing searches as you type, ↑/↓ move, Enter opens, Esc clears. */
export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox(
  { value, onChange, onMove, onEnter, activeId, count },
  ref,
) {
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      onMove(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      onEnter();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (value) onChange('');
      else e.currentTarget.blur();
    }
  };
  return (
    <div className="search-box" role="search">
      <label htmlFor="atlas-search" className="visually-hidden">
        Search diagrams
      </label>
      <input
        id="atlas-search"
        ref={ref}
        data-testid="search-input"
        type="search"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search a symptom, company or technology… (/ or Ctrl-K)"
        value={value}
        role="combobox"
        aria-expanded={count > 0}
        aria-controls="atlas-results"
        aria-activedescendant={activeId ? `result-${activeId}` : undefined}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
});

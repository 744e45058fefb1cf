import { useEffect } from 'react';
import { isTypingTarget as typing } from '../../lib/keyboard';

export interface ViewerKeyActions {
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  actualSize: () => void;
  toggleFullscreen: () => void;
  step: (delta: number) => void;
  exitFullscreen: () => void;
}

/** Viewer shortcuts: + - 0 1 f, ←/→ and Esc in fullscreen. */
export function useViewerKeys(actions: ViewerKeyActions, fullscreen: boolean): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const map: Record<string, (() => void) | undefined> = {
        '+': actions.zoomIn,
        '=': actions.zoomIn,
        '-': actions.zoomOut,
        _: actions.zoomOut,
        '0': actions.fit,
        '1': actions.actualSize,
        f: actions.toggleFullscreen,
        ArrowRight: fullscreen ? () => actions.step(1) : undefined,
        ArrowLeft: fullscreen ? () => actions.step(-1) : undefined,
        Escape: fullscreen ? actions.exitFullscreen : undefined,
      };
      const fn = map[e.key];
      if (fn) {
        e.preventDefault();
        fn();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, fullscreen]);
}

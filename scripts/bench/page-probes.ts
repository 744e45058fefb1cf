/**
 * Scripts injected into the page (as source text: functions compiled by tsx carry helper calls
 * that do not exist in the browser). They timestamp, with the page's own clock, when a new
 * diagram SVG appears and when a keystroke's results are painted.
 *
 * "Painted" = the first animation frame after the DOM change, plus a task posted from that
 * frame's rAF callback: that task runs after the frame was produced, the usual in-page proxy
 * for "the user can see it".
 */

/** Installed before any app script runs (context.addInitScript). */
export const INIT_PROBE = String.raw`(() => {
  const B = (window.__atlasBench = { svg: null, svgPath: '', svgAt: 0, paintAt: 0, navStart: 0, armed: false, expect: null, keys: [] });
  const SEL = '[data-testid=viewer] [data-testid=diagram-svg] svg';
  const afterPaint = (cb) => requestAnimationFrame(() => setTimeout(cb, 0));
  const check = () => {
    const svg = document.querySelector(SEL);
    if (svg && svg !== B.svg) {
      B.svg = svg;
      B.svgPath = location.pathname;
      B.svgAt = performance.now();
      B.paintAt = 0;
      afterPaint(() => { if (B.svg === svg) B.paintAt = performance.now(); });
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });

  // Client-side navigation the way the router's own links do it: TanStack's history wraps
  // pushState and routes on it. The state carries the router's index so back/forward work.
  window.__atlasNav = (path) => {
    const st = history.state || {};
    const key = Math.random().toString(36).slice(2, 10);
    B.navStart = performance.now();
    history.pushState({ __TSR_index: (st.__TSR_index || 0) + 1, key, __TSR_key: key }, '', path);
  };

  // Keystrokes: from the input event's timestamp to the paint of the first frame whose result
  // list shows exactly the results expected for the typed text (ids computed by the bench with
  // the same engine and index). Behaviour, not internals: it holds however the app schedules
  // its work (deferred values, workers, debouncing). B.expect is set before each key.
  const shown = (exp) => {
    const ids = Array.from(document.querySelectorAll('[data-testid=result]'), (li) => li.getAttribute('data-id') || '');
    if (ids.length !== exp.ids.length) return false;
    for (let i = 0; i < ids.length; i++) if (ids[i] !== exp.ids[i]) return false;
    const count = document.querySelector('[data-testid=result-count]');
    return !count || count.textContent !== exp.baseline;
  };
  addEventListener('input', (ev) => {
    const el = ev.target;
    if (!(el instanceof HTMLInputElement) || el.dataset.testid !== 'search-input' || !B.armed) return;
    const exp = B.expect;
    const sample = { value: el.value, t0: ev.timeStamp, firstFrameMs: 0, ms: 0, frames: 0 };
    const poll = () => {
      sample.frames++;
      if (sample.frames === 1) sample.firstFrameMs = performance.now() - sample.t0;
      if (exp && exp.value === sample.value && shown(exp)) {
        setTimeout(() => { sample.ms = performance.now() - sample.t0; B.keys.push(sample); }, 0);
      } else if (performance.now() - sample.t0 < 3000) requestAnimationFrame(poll);
      else { sample.ms = -1; B.keys.push(sample); }
    };
    requestAnimationFrame(poll);
  }, true);
})();`;

export interface KeySample {
  value: string;
  /** Input event → the expected results painted; -1 if they never showed (3 s). */
  ms: number;
  /** Input event → start of the first frame after it (the echo of the typed character). */
  firstFrameMs: number;
  frames: number;
}

/** What the result list must show after a keystroke (set in the page before the key). */
export interface KeyExpectation {
  value: string;
  ids: string[];
  /** The result-count text before typing, which a shown result never has. */
  baseline: string;
}

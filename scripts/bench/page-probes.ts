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
  const B = (window.__atlasBench = { svg: null, svgPath: '', svgAt: 0, paintAt: 0, navStart: 0, key: null, keys: [] });
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

  // Keystrokes: from the input event's timestamp to the paint of the frame in which the
  // search box's committed props (React's own prop bag on the element) carry the typed value;
  // the box and the result list render in the same commit of the home route.
  const committedValue = (el) => {
    const k = Object.keys(el).find((x) => x.startsWith('__reactProps$'));
    return k ? el[k].value : el.value;
  };
  addEventListener('input', (ev) => {
    const el = ev.target;
    if (!(el instanceof HTMLInputElement) || el.dataset.testid !== 'search-input' || !B.armed) return;
    const sample = { value: el.value, t0: ev.timeStamp, commitFrame: 0, commitMs: 0, ms: 0, frames: 0 };
    B.key = sample;
    const poll = () => {
      sample.frames++;
      if (committedValue(el) === sample.value) {
        sample.commitFrame = performance.now();
        setTimeout(() => { sample.ms = performance.now() - sample.t0; sample.commitMs = sample.commitFrame - sample.t0; B.keys.push(sample); }, 0);
      } else if (sample.frames < 600) requestAnimationFrame(poll);
      else { sample.ms = -1; B.keys.push(sample); }
    };
    requestAnimationFrame(poll);
  }, true);
})();`;

export interface KeySample {
  value: string;
  /** Input event → results painted. */
  ms: number;
  /** Input event → start of the first frame that has the results (script and React work). */
  commitMs: number;
  frames: number;
}

/**
 * Run `fn` once the view now being rendered has been painted and the main thread is idle: for
 * downloads the first view does not need (labels, the index behind a diagram link), so they never
 * compete with what is about to show. (A bare next-frame callback ran before React had finished
 * the view when its render spanned frames.) A background tab paints no frames, so a timer makes
 * sure `fn` still runs.
 */
export function afterPaint(fn: () => void, fallbackMs = 1500): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    fn();
  };
  const idle = (): void => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(once, { timeout: 1000 });
    else setTimeout(once, 50);
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(idle, 0));
  setTimeout(once, fallbackMs);
}

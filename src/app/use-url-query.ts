import { useCallback, useEffect, useRef, useState } from 'react';

interface Local {
  text: string;
  /** The URL's query as of the last render. */
  url: string | undefined;
  /** The query this hook itself last wrote to the URL. */
  written: string | undefined;
}

/**
 * The search box's text, kept locally so typing never waits for the router, and written to the
 * URL (`replace`) once typing pauses. When the URL's query changes for another reason (back and
 * forward, a recent-search chip), the box follows it.
 */
export function useUrlQuery(urlQuery: string | undefined, write: (q: string | undefined) => void, delayMs = 250) {
  const [local, setLocal] = useState<Local>({ text: urlQuery ?? '', url: urlQuery, written: urlQuery });
  const timer = useRef<number | undefined>(undefined);
  const writeRef = useRef(write);
  useEffect(() => {
    writeRef.current = write;
  });
  useEffect(() => () => window.clearTimeout(timer.current), []);

  let text = local.text;
  if (local.url !== urlQuery) {
    // Storing information from the previous render (React's documented pattern for derived state).
    text = local.written === urlQuery ? local.text : (urlQuery ?? '');
    setLocal({ ...local, text, url: urlQuery });
  }

  const setText = useCallback(
    (value: string) => {
      setLocal((l) => ({ ...l, text: value }));
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => {
        const q = value.trim() ? value : undefined;
        setLocal((l) => ({ ...l, written: q }));
        writeRef.current(q);
      }, delayMs);
    },
    [delayMs],
  );
  /** Stop a pending write (the caller is about to navigate with the current text itself). */
  const cancel = useCallback(() => window.clearTimeout(timer.current), []);
  return { text, setText, cancel };
}

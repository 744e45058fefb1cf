import { useEffect } from 'react';

const BASE = 'Atlas — how systems are built and how they fail';

/** The tab's title (and what a bookmark or history entry says) follows the page; `undefined` restores Atlas's own. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Atlas` : BASE;
    return () => {
      document.title = BASE;
    };
  }, [title]);
}

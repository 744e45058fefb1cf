import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

/** Link to a diagram, used by every feature through a render prop so features stay router-agnostic. */
export const entryLink = (id: string, children: ReactNode): ReactNode => (
  <Link to="/d/$id" params={{ id }}>
    {children}
  </Link>
);

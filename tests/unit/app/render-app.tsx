import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import { createAppRouter } from '../../../src/app/router';

/** Render the real app (routes, features, stores) at a URL, in memory. */
export function renderApp(url: string) {
  const router = createAppRouter(createMemoryHistory({ initialEntries: [url] }));
  const view = render(<RouterProvider router={router} />);
  return { router, ...view };
}

import { createRootRoute, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { RootLayout } from './root-layout';
import { DiagramRoute } from './routes/diagram-route';
import { HomeRoute } from './routes/home-route';
import { NotFoundRoute } from './routes/not-found-route';
import { CompanyRoute, IncidentsRoute, StatusRoute } from './routes/other-routes';
import { validateCompareSearch, validateDiagramSearch, validateFilterSearch, validateIncidentSearch } from './search-params';

const rootRoute = createRootRoute({ component: RootLayout, notFoundComponent: NotFoundRoute });

const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: validateFilterSearch,
  component: function Home() {
    return <HomeRoute search={homeRoute.useSearch()} />;
  },
});

const diagramRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/d/$id',
  validateSearch: validateDiagramSearch,
  component: function Diagram() {
    const { id } = diagramRoute.useParams();
    return <DiagramRoute id={id} search={diagramRoute.useSearch()} />;
  },
});

const companyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/company/$id',
  component: function Company() {
    return <CompanyRoute id={companyRoute.useParams().id} />;
  },
});

const incidentsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/incidents',
  validateSearch: validateIncidentSearch,
  component: function Incidents() {
    return <IncidentsRoute sym={incidentsRoute.useSearch().sym} />;
  },
});

// Two diagrams side by side; lazy like the viewer it is made of.
const CompareRoute = lazyRouteComponent(() => import('./routes/compare-route'), 'CompareRoute');
const compareRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/compare',
  validateSearch: validateCompareSearch,
  component: function Compare() {
    return <CompareRoute search={compareRoute.useSearch()} />;
  },
});

const statusRoute = createRoute({ getParentRoute: () => rootRoute, path: '/status', component: StatusRoute });

// Diagnostic page for the e2e suite (every diagram rendered in both themes); lazy, so it costs users nothing.
const renderCheckRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/__render-check',
  component: lazyRouteComponent(() => import('./routes/render-check-route'), 'RenderCheckRoute'),
});

// Diagnostic page for the e2e suite (first view and text contrast of every pre-rendered diagram); lazy too.
const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/__audit',
  component: lazyRouteComponent(() => import('./routes/audit-route'), 'AuditRoute'),
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  diagramRoute,
  companyRoute,
  incidentsRoute,
  compareRoute,
  statusRoute,
  renderCheckRoute,
  auditRoute,
]);

export function createAppRouter(history?: Parameters<typeof createRouter>[0]['history']) {
  return createRouter({ routeTree, history, defaultPreload: false, scrollRestoration: true, basepath: import.meta.env.BASE_URL });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

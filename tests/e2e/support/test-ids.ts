/** The app's data-testid values, in one place so a rename breaks one line, not every spec. */
export const T = {
  // home
  searchInput: 'search-input',
  results: 'results',
  result: 'result',
  resultCount: 'result-count',
  filters: 'filters',
  facetCategory: 'facet-category',
  facetCompany: 'facet-company',
  facetPlane: 'facet-plane',
  facetSymptom: 'facet-symptom',
  clearFilters: 'clear-filters',
  recentSearches: 'recent-searches',
  // header
  themeToggle: 'theme-toggle',
  helpButton: 'help-button',
  helpDialog: 'help-dialog',
  offlineIndicator: 'offline-indicator',
  // diagram page
  diagramPage: 'diagram-page',
  viewer: 'viewer',
  diagramTitle: 'diagram-title',
  canvas: 'canvas',
  diagramSvg: 'diagram-svg',
  zoomIn: 'zoom-in',
  zoomOut: 'zoom-out',
  zoomFit: 'zoom-fit',
  zoom1: 'zoom-1',
  fullscreen: 'fullscreen',
  copySource: 'copy-source',
  downloadSvg: 'download-svg',
  downloadPng: 'download-png',
  copyLink: 'copy-link',
  sequencePosition: 'sequence-position',
  renderError: 'render-error',
  payloadError: 'payload-error',
  estimateBadge: 'estimate-badge',
  at3am: 'at-3am',
  sources: 'sources',
  related: 'related',
  textAlternative: 'text-alternative',
  entrySide: 'entry-side',
  // errors
  indexError: 'index-error',
  retry: 'retry',
  notFound: 'not-found',
  suggestions: 'suggestions',
  // company
  companyView: 'company-view',
  presentAll: 'present-all',
  kind: (kind: string) => `kind-${kind}`,
  // incidents
  incidentIndex: 'incident-index',
  symptomFilter: 'symptom-filter',
  symptomList: 'symptom-list',
  symptom: (id: string) => `symptom-${id}`,
  symptomResults: 'symptom-results',
  byYear: 'by-year',
  byKind: 'by-kind',
  // status
  statusView: 'status-view',
  coverage: (category: string) => `coverage-${category}`,
  gate: (gate: string) => `gate-${gate}`,
  systemsMatrix: 'systems-matrix',
  // diagnostics
  renderCheck: 'render-check',
} as const;

/** Classes the viewer puts on diagram nodes. */
export const HIGHLIGHT_CLASS = 'atlas-hl';
export const FOCUS_CLASS = 'atlas-focus';

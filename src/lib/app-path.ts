/**
 * An in-app path under the base the site is served from (`npm run build` with ATLAS_BASE=/atlas/ serves
 * everything under /atlas/). Plain `<a href>`s need it; the router's own links add the base themselves.
 */
export function appPath(path: string): string {
  return `${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`;
}

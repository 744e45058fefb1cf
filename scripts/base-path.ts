/** The base path a build is served under (ATLAS_BASE, see scripts/build.mjs), always with slashes at both ends. */
export function basePath(raw: string = process.env.ATLAS_BASE ?? '/'): string {
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/\/+/g, '/');
}

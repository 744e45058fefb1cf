import { join, resolve } from 'node:path';

/**
 * Where the app under test is served from. Defaults: `vite preview` of dist/ on port 4173.
 * E2E_PORT and E2E_DIST let a second build run side by side (e.g. on a shared machine where
 * someone else is rebuilding dist/); specs then read the content of that same build.
 */
export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const DIST = process.env.E2E_DIST ?? 'dist';
const ROOT = resolve(import.meta.dirname, '..', '..', '..');
/** The built content: public/content (copied into dist/ by `npm run build`), or E2E_DIST's copy. */
export const CONTENT_DIR = process.env.E2E_DIST ? resolve(ROOT, DIST, 'content') : join(ROOT, 'public', 'content');

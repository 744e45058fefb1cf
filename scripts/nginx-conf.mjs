#!/usr/bin/env node
// Print deploy/nginx/atlas.conf for a site served under a sub-path:
//   node scripts/nginx-conf.mjs --base /atlas/ --root /srv/www > /etc/nginx/conf.d/atlas.conf
// Build with the same base (`npm run build -- --base /atlas/`) and copy dist/ to <root>/atlas/.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TEMPLATE = join(dirname(fileURLToPath(import.meta.url)), '..', 'deploy', 'nginx', 'atlas.conf');

/** The shipped config with every location, fallback and root moved under `base`. */
export function nginxConf(base, root, template = readFileSync(TEMPLATE, 'utf8')) {
  const b = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/\/+/g, '/');
  if (b === '/') return template.replace(/root \/srv\/atlas;/, `root ${root};`);
  return template
    .replace(/root \/srv\/atlas;[^\n]*/, `root ${root};              # the build is in ${root}${b.slice(0, -1)}`)
    .replace(/location (= )?\/(?!\S*\{)/g, (_m, eq = '') => `location ${eq}${b}`)
    .replace(/(try_files [^;]*?)\/index\.html;/g, `$1${b}index.html;`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const get = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  process.stdout.write(nginxConf(get('--base', '/'), get('--root', '/srv/atlas')));
}

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nginxConf } from '../../../scripts/nginx-conf.mjs';
import { freePort } from '../../../scripts/preview-server';

export const NGINX = '/usr/sbin/nginx';

export interface Nginx {
  origin: string;
  stop(): Promise<void>;
}

/** Start the shipped nginx config (deploy/nginx/atlas.conf) on a free port, serving `dist` under `base`. */
export async function startNginx(dist: string, base = '/'): Promise<Nginx> {
  if (!existsSync(NGINX)) throw new Error('nginx is not installed: apt-get install -y nginx');
  const dir = await mkdtemp(join(tmpdir(), 'atlas-nginx-'));
  const port = await freePort();
  // Under a sub-path the build sits in <root>/<base>: a symlink to the built folder.
  const siteRoot = base === '/' ? resolve(dist) : join(dir, 'www');
  if (base !== '/') {
    await writeFile(join(dir, '.keep'), '');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(siteRoot, { recursive: true });
    await symlink(resolve(dist), join(siteRoot, base.replace(/^\/|\/$/g, '')));
  }
  const site = nginxConf(base, siteRoot).replace(/listen 8080;/, `listen 127.0.0.1:${port};`);
  await writeFile(join(dir, 'site.conf'), site);
  await writeFile(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      'user root;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      `  access_log off; client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;`,
      `  include ${dir}/site.conf;`,
      '}',
    ].join('\n'),
  );
  const server: ChildProcess = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  while (Date.now() - t0 < 10_000) {
    const status = (await fetch(`${origin}${base}`).catch(() => undefined))?.status;
    if (status === 200) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    origin,
    stop: async () => {
      server.kill('SIGTERM');
      await rm(dir, { recursive: true, force: true });
    },
  };
}

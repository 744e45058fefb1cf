/**
 * Byte sizes as a server would send them. gzip is zlib's default level (6), what static
 * servers and CDNs typically use; budgets are in kB of 1,000 bytes, like Vite's build report.
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

export interface Size {
  raw: number;
  gzip: number;
}

export interface FileSize extends Size {
  file: string;
}

export function sizeOf(data: string | Buffer): Size {
  const buf = typeof data === 'string' ? Buffer.from(data) : data;
  return { raw: buf.length, gzip: gzipSync(buf).length };
}

export async function fileSize(path: string, label = path): Promise<FileSize> {
  return { file: label, ...sizeOf(await readFile(path)) };
}

export function total(sizes: readonly Size[]): Size {
  return sizes.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), { raw: 0, gzip: 0 });
}

export const kB = (bytes: number): number => Math.round(bytes / 100) / 10;

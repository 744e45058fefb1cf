/**
 * A short, stable hash of a diagram's mermaid source (two 32-bit FNV-1a passes). Pre-rendered
 * SVGs are stored under it, so an SVG is only ever used for exactly the source it was drawn
 * from: an edited diagram simply misses and is rendered by mermaid instead.
 */
export function sourceHash(source: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ source.length;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** Where the build puts a pre-rendered SVG, relative to the content folder. */
export const prerenderedPath = (source: string, theme: 'light' | 'dark'): string => `svg/${sourceHash(source)}.${theme}.svg`;

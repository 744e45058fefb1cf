/** Copy and download helpers for the toolbar; all local, nothing leaves the browser. */

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Mermaid returns HTML-serialised markup (e.g. `<br>`, `&nbsp;`), which is not always well-formed
 * XML: a standalone .svg file or an <img> source must be. Parse it leniently as HTML (an inert
 * document: nothing loads or runs) and take the <svg> element, to re-serialise as XML.
 */
function svgElement(svg: string): Element {
  const el = new DOMParser().parseFromString(svg, 'text/html').querySelector('svg');
  if (!el) throw new Error('no <svg> in the rendered diagram');
  return el;
}

export function downloadSvg(svg: string, name: string): void {
  download(new Blob([new XMLSerializer().serializeToString(svgElement(svg))], { type: 'image/svg+xml' }), `${name}.svg`);
}

/** Rasterise the SVG at 2× on a canvas with the page background, then download it as PNG. */
export async function downloadPng(svg: string, name: string, background: string): Promise<void> {
  const el = svgElement(svg);
  const vb = el
    .getAttribute('viewBox')
    ?.split(/[\s,]+/)
    .map(Number);
  const width = vb?.[2] || Number.parseFloat(el.getAttribute('width') ?? '') || 800;
  const height = vb?.[3] || Number.parseFloat(el.getAttribute('height') ?? '') || 600;
  el.setAttribute('width', String(width));
  el.setAttribute('height', String(height));
  const data = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(el))}`;
  const img = new Image();
  await new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error('the SVG could not be rasterised'));
    img.src = data;
  });
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
  if (!blob) throw new Error('PNG encoding failed');
  download(blob, `${name}.png`);
}

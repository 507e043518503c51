/**
 * Saving a drawn chart as a file. The SVG on screen uses the CSS colour tokens (var(--…)); a file
 * stands alone, so each token is replaced by its current value and the page's background is
 * painted behind the drawing.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The chart as a standalone SVG document, titled, in the colours it has on screen now. */
export function standaloneSvg(svg: SVGSVGElement, title: string): string {
  const style = getComputedStyle(svg);
  const resolve = (value: string) =>
    value.replace(
      /var\((--[\w-]+)\)/g,
      (_, name: string) => style.getPropertyValue(name).trim() || 'currentColor',
    );
  const clone = svg.cloneNode(true) as SVGSVGElement;
  for (const el of [clone, ...clone.querySelectorAll('*')]) {
    for (const attr of ['fill', 'stroke', 'color']) {
      const value = el.getAttribute(attr);
      if (value?.includes('var(')) el.setAttribute(attr, resolve(value));
    }
  }
  const width = svg.viewBox.baseVal.width || svg.clientWidth;
  const height = svg.viewBox.baseVal.height || svg.clientHeight;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.removeAttribute('aria-hidden');
  clone.removeAttribute('class');
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', resolve('var(--surface)'));
  const name = document.createElementNS(SVG_NS, 'title');
  name.textContent = title;
  clone.prepend(background);
  clone.prepend(name);
  return new XMLSerializer().serializeToString(clone);
}

function download(href: string, file: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = file;
  document.body.append(a);
  a.click();
  a.remove();
}

/** Downloads the chart as `<name>.svg`. */
export function downloadSvg(svg: SVGSVGElement, title: string, name: string): void {
  const url = URL.createObjectURL(new Blob([standaloneSvg(svg, title)], { type: 'image/svg+xml' }));
  download(url, `${name}.svg`);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Downloads the chart as `<name>.png` at twice its size (sharp on a phone). The SVG goes
 * through a data: image, which the content security policy allows (blob: images it does not).
 */
export async function downloadPng(svg: SVGSVGElement, title: string, name: string): Promise<void> {
  const markup = standaloneSvg(svg, title);
  const width = svg.viewBox.baseVal.width || svg.clientWidth;
  const height = svg.viewBox.baseVal.height || svg.clientHeight;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * 2);
  canvas.height = Math.round(height * 2);
  const context = canvas.getContext('2d');
  if (!context) return;
  context.scale(2, 2);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (!blob) return;
  const url = URL.createObjectURL(blob);
  download(url, `${name}.png`);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Printing the 3D view: just before the browser prints, the viewer's canvas is copied into an image
 * the print stylesheet shows in its place (a live WebGL canvas may be resized, and so cleared, by the
 * print layout before it is drawn again). The image is removed after printing.
 */

/** Selector of the viewer area whose canvas is copied. */
const VIEWER = '[data-testid="viewer"]';

/** Copies the viewer's canvas into a `.print-snapshot` image; returns a function that removes it. */
export function takePrintSnapshot(doc: Document = document): () => void {
  const viewer = doc.querySelector<HTMLElement>(VIEWER);
  const canvas = viewer?.querySelector('canvas');
  if (!viewer || !canvas || canvas.width === 0 || canvas.height === 0) return () => undefined;
  let src: string;
  try {
    src = canvas.toDataURL('image/png');
  } catch {
    return () => undefined;
  }
  const img = doc.createElement('img');
  img.className = 'print-snapshot';
  img.alt = 'The 3D view as it was on screen';
  img.src = src;
  viewer.appendChild(img);
  return () => img.remove();
}

/** Installs the beforeprint/afterprint listeners once; returns a function that removes them. */
export function installPrintSnapshot(win: Window = window): () => void {
  let remove: () => void = () => undefined;
  const before = () => {
    remove();
    remove = takePrintSnapshot(win.document);
  };
  const after = () => {
    remove();
    remove = () => undefined;
  };
  win.addEventListener('beforeprint', before);
  win.addEventListener('afterprint', after);
  return () => {
    win.removeEventListener('beforeprint', before);
    win.removeEventListener('afterprint', after);
    after();
  };
}

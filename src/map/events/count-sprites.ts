// Counts on the spot canvas (badges and cluster numbers), each drawn once into a small bitmap and
// copied from then on: drawing text costs far more than copying an image.

const SPOT_FONT = 'bold 10px system-ui, sans-serif';

/** A map shows the same few counts over and over: keyed by kind, text and pixel ratio; cleared when it grows. */
const sprites = new Map<string, CanvasImageSource>();
const MAX_SPRITES = 2000;

function sprite(
  kind: 'badge' | 'label',
  text: string,
  ratio: number,
): { readonly image: CanvasImageSource; readonly w: number; readonly h: number } {
  const w = kind === 'badge' ? Math.max(12, 6 + text.length * 6) : 6 + text.length * 7;
  const h = 13;
  const key = `${kind}|${ratio}|${text}`;
  let image = sprites.get(key);
  if (!image) {
    if (sprites.size >= MAX_SPRITES) sprites.clear();
    // An ImageBitmap where there is OffscreenCanvas: copying a canvas would snapshot it each time.
    const canvas =
      typeof OffscreenCanvas === 'function'
        ? new OffscreenCanvas(Math.ceil(w * ratio), Math.ceil(h * ratio))
        : Object.assign(document.createElement('canvas'), {
            width: Math.ceil(w * ratio),
            height: Math.ceil(h * ratio),
          });
    const ctx = canvas.getContext('2d') as
      | CanvasRenderingContext2D
      | OffscreenCanvasRenderingContext2D
      | null;
    if (ctx) {
      ctx.scale(ratio, ratio);
      if (kind === 'badge') {
        ctx.fillStyle = '#1d1d1d';
        ctx.beginPath();
        ctx.roundRect(0, 0, w, h, h / 2);
        ctx.fill();
      }
      ctx.font = SPOT_FONT;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillStyle = '#ffffff';
      ctx.fillText(text, w / 2, h / 2 + 0.5);
    }
    image = canvas instanceof HTMLCanvasElement ? canvas : canvas.transferToImageBitmap();
    sprites.set(key, image);
  }
  return { image, w, h };
}

/** Draws a count centred on (x, y) from the sprite cache. */
export function drawText(
  ctx: CanvasRenderingContext2D,
  kind: 'badge' | 'label',
  x: number,
  y: number,
  text: string,
  ratio: number,
): void {
  const { image, w, h } = sprite(kind, text, ratio);
  ctx.drawImage(image, x - w / 2, y - h / 2, w, h);
}

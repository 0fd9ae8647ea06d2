// Counts on the spot canvas (badges and cluster numbers), each drawn once into a small bitmap and
// copied from then on: drawing text costs far more than copying an image.

const SPOT_FONT = 'bold 10px system-ui, sans-serif';

/**
 * Bitmaps keyed by kind, text and pixel ratio: the badge backgrounds (a few widths) and single
 * characters. A count is drawn a character at a time, so a filter change that brings hundreds of new
 * counts makes no new bitmaps (one per count made the first paint after a filter change a long task).
 */
const sprites = new Map<string, CanvasImageSource>();
const MAX_SPRITES = 500;

function bitmap(
  key: string,
  w: number,
  h: number,
  ratio: number,
  draw: (ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D) => void,
): CanvasImageSource {
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
      draw(ctx);
    }
    image = canvas instanceof HTMLCanvasElement ? canvas : canvas.transferToImageBitmap();
    sprites.set(key, image);
  }
  return image;
}

const H = 13;
/** Advance widths of the characters counts use, in CSS pixels, measured once. */
const advances = new Map<string, number>();

function advance(ch: string): number {
  let w = advances.get(ch);
  if (w === undefined) {
    const canvas =
      typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
    const ctx = canvas.getContext('2d') as
      | CanvasRenderingContext2D
      | OffscreenCanvasRenderingContext2D
      | null;
    if (ctx) ctx.font = SPOT_FONT;
    w = ctx ? ctx.measureText(ch).width : 6;
    advances.set(ch, w);
  }
  return w;
}

/** One character, white, left-aligned in a box one pixel wider than its advance. */
function glyph(ch: string, ratio: number): { readonly image: CanvasImageSource; readonly w: number } {
  const w = Math.ceil(advance(ch)) + 1;
  const image = bitmap(`glyph|${ratio}|${ch}`, w, H, ratio, (ctx) => {
    ctx.font = SPOT_FONT;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    ctx.fillStyle = '#ffffff';
    ctx.fillText(ch, 0, H / 2 + 0.5);
  });
  return { image, w };
}

/** Draws a count centred on (x, y): the badge's background, then its characters. */
export function drawText(
  ctx: CanvasRenderingContext2D,
  kind: 'badge' | 'label',
  x: number,
  y: number,
  text: string,
  ratio: number,
): void {
  if (kind === 'badge') {
    const w = Math.max(12, 6 + text.length * 6);
    const image = bitmap(`badge|${ratio}|${w}`, w, H, ratio, (c) => {
      c.fillStyle = '#1d1d1d';
      c.beginPath();
      c.roundRect(0, 0, w, H, H / 2);
      c.fill();
    });
    ctx.drawImage(image, x - w / 2, y - H / 2, w, H);
  }
  let width = 0;
  for (const ch of text) width += advance(ch);
  let at = x - width / 2;
  for (const ch of text) {
    const { image, w } = glyph(ch, ratio);
    ctx.drawImage(image, at, y - H / 2, w, H);
    at += advance(ch);
  }
}

// How one spot looks on the canvas. Venue: a filled disc (a pie of its first-topic mix);
// only subject/target/origin: a hollow ring. Events with a second topic add an outer ring in that
// colour; a count badge when several events share the spot. Clusters: a dark disc with the count.

export interface SpotLook {
  /** Disc radius in CSS pixels. */
  readonly radius: number;
  /** First-topic colours with their counts, largest first. */
  readonly mix: readonly { readonly color: string; readonly count: number }[];
  /** Colour of the outer ring for multi-topic events; null when none. */
  readonly ring: string | null;
  readonly venue: boolean;
  readonly cluster: boolean;
  /** Count shown in the badge (places) or the centre (clusters); 1 shows none for a place. */
  readonly count: number;
}

export const CLUSTER_FILL = '#2f3b45';
export const NEUTRAL = '#7d7d7d';

/** "7", "950", "1.2k", "34k". */
export function shortCount(n: number): string {
  if (n < 1000) return String(n);
  if (n < 10_000) return `${(n / 1000).toFixed(1).replace(/\.0$/, '')}k`;
  return `${Math.round(n / 1000)}k`;
}

/** Radius in CSS pixels: grows with the log of the count so Paris does not hide its neighbours. */
export function spotRadius(count: number, cluster: boolean): number {
  const log = Math.log2(Math.max(1, count));
  return cluster ? Math.min(26, 12 + 1.6 * log) : Math.min(15, 5 + 1.3 * log);
}

export const SPOT_FONT = 'bold 10px system-ui, sans-serif';

/**
 * Counts drawn once and reused: drawing text costs far more than copying an image, and a map shows
 * the same few counts over and over. Keyed by kind, text and pixel ratio; cleared when it grows.
 */
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
function drawText(
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

/** Paints one spot centred on (x, y) CSS pixels; `ratio` is the canvas's device pixel ratio. */
export function paintSpot(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  look: SpotLook,
  ratio = 1,
): void {
  const r = look.radius;
  if (look.cluster) {
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.fillStyle = CLUSTER_FILL;
    ctx.globalAlpha = 0.88;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
    drawText(ctx, 'label', x, y, shortCount(look.count), ratio);
    return;
  }
  if (look.ring) {
    ctx.beginPath();
    ctx.arc(x, y, r + 2.5, 0, Math.PI * 2);
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = look.ring;
    ctx.stroke();
  }
  const total = look.mix.reduce((s, m) => s + m.count, 0);
  if (look.venue) {
    let angle = -Math.PI / 2;
    for (const m of look.mix.length ? look.mix : [{ color: NEUTRAL, count: 1 }]) {
      const sweep = (Math.PI * 2 * m.count) / (total || 1);
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.arc(x, y, r, angle, angle + sweep);
      ctx.closePath();
      ctx.fillStyle = m.color;
      ctx.fill();
      angle += sweep;
    }
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
  } else {
    ctx.beginPath();
    ctx.arc(x, y, r - 1.5, 0, Math.PI * 2);
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.fill();
    ctx.lineWidth = 3;
    ctx.strokeStyle = look.mix[0]?.color ?? NEUTRAL;
    ctx.stroke();
  }
  if (look.count > 1) drawText(ctx, 'badge', x + r * 0.85, y - r * 0.85, shortCount(look.count), ratio);
}

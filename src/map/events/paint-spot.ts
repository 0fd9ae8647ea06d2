// How one spot looks on the canvas. Venue: a filled disc (a pie of its first-topic mix);
// only subject/target/origin: a hollow ring. Events with a second topic add an outer ring in that
// colour; a count badge when several events share the spot. Clusters: a dark disc with the count.
import { drawText } from './count-sprites';

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

// Arrow keys between the map's marks: from one point on screen, the nearest other point that lies
// in the arrow's direction (within a 45° cone either side), preferring points straight ahead.
// Pure pixel geometry, so it is tested in Node.

export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

const DIRECTIONS: Record<ArrowKey, ScreenPoint> = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
};

export function isArrowKey(key: string): key is ArrowKey {
  return key in DIRECTIONS;
}

/** Index of the point to move to from points[from] with `key`, or −1 when none lies that way. */
export function nextInDirection(points: readonly ScreenPoint[], from: number, key: ArrowKey): number {
  const origin = points[from];
  if (!origin) return -1;
  const dir = DIRECTIONS[key];
  let best = -1;
  let bestScore = Number.POSITIVE_INFINITY;
  points.forEach((p, k) => {
    if (k === from) return;
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    const ahead = dx * dir.x + dy * dir.y; // px along the arrow
    const aside = Math.abs(dx * dir.y - dy * dir.x); // px across it
    if (ahead <= 0 || aside > ahead) return;
    const score = ahead + 2 * aside; // a point off to the side counts as further away
    if (score < bestScore) {
      bestScore = score;
      best = k;
    }
  });
  return best;
}

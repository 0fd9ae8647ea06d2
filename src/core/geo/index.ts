export type { Boundaries, BoundaryFeature, BoundaryKind, BoundaryProperties } from './boundaries';
export { BOUNDARY_FILE, BOUNDARY_KINDS, decodeBoundaries, decodeBoundarySteps } from './boundaries';
export { clipRing } from './clip';
export { containsPoint } from './contains';
export {
  linesPathData,
  type PixelLine,
  type PixelRect,
  pixelLines,
  projectLines,
  WORLD_SIZE,
  WORLD_ZOOM,
  type WorldLine,
  worldPathData,
  worldPixel,
} from './world-path';

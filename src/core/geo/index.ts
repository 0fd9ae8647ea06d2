export type { Boundaries, BoundaryFeature, BoundaryKind, BoundaryProperties } from './boundaries';
export { BOUNDARY_FILE, BOUNDARY_KINDS, decodeBoundaries, decodeBoundarySteps } from './boundaries';
export { containsPoint } from './contains';
export { WORLD_SIZE, WORLD_ZOOM, worldPathData, worldPixel } from './world-path';

export type { Boundaries, BoundaryFeature, BoundaryKind, BoundaryProperties } from './boundaries';
export { BOUNDARY_FILE, BOUNDARY_KINDS, decodeBoundaries } from './boundaries';
export { containsPoint } from './contains';

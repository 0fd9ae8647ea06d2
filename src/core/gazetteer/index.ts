export { distanceKm } from './distance';
export {
  type Gazetteer,
  type GazetteerKind,
  type GazetteerPlace,
  type GazetteerResult,
  nameKey,
  parseGazetteer,
} from './gazetteer';

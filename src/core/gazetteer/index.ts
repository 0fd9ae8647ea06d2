export {
  encodeGazetteer,
  GAZETTEER_FORMAT,
  type GazetteerColumns,
  type GazetteerRow,
  serializeColumns,
} from './columns';
export { distanceKm } from './distance';
export {
  type Gazetteer,
  type GazetteerKind,
  type GazetteerPlace,
  type GazetteerResult,
  parseGazetteer,
} from './gazetteer';
export { nameKey } from './name-key';

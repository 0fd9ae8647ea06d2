export { type AreaSize, areaSize, mercatorX, mercatorY } from './geometry';
export {
  AREA_FIT,
  type Box,
  CITY_DOT,
  type DrawnSpot,
  EVENT_AREA_FIT,
  LABEL_GAP,
  type LayoutInput,
  layoutLabels,
  MAX_EVENT_LABELS,
  type PlacedLabel,
} from './layout';
export {
  CITY_POPULATION_FILE,
  type CityPopulationFile,
  readCityPopulation,
} from './population';
export {
  type BaseLabels,
  buildBaseLabels,
  CITY_ZOOMS,
  cityMinZoom,
  eventLabelSources,
  type LabelSource,
  type LabelTier,
} from './sources';

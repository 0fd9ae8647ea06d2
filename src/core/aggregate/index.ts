export { type AreaAggregate, type AreaSummary, aggregateAreas, positionsInArea } from './areas';
export {
  aggregatePoints,
  dominantTopic,
  type PointAggregate,
  positionsAtPoint,
  type TopicShare,
  topicMix,
} from './points';
export {
  type AggregationPrep,
  type AggregationPrepParts,
  adoptAggregation,
  aggregationPrepParts,
  isAreaPlace,
  prepareAggregation,
  preparedAggregation,
} from './prepare';
export {
  arcLatLngs,
  countVisibleRelations,
  relationsTouching,
  type VisibleRelation,
  visibleRelations,
} from './relations';
export {
  buildSpotIndex,
  clusterAtZoom,
  LAZY_ABOVE,
  SPOT_CLUSTER_OPTIONS,
  type Spot,
  type SpotIndex,
  type SpotInput,
  spotInput,
  spotZoom,
  type ZoomSpots,
  zoomSpotsIn,
} from './spots';
export {
  type TopicOrder,
  type TopicRanks,
  topicOrder,
  topicRanksFrom,
  visibleTopicRanks,
} from './visible-topics';

export { type AreaAggregate, type AreaSummary, aggregateAreas, positionsInArea } from './areas';
export {
  aggregatePoints,
  dominantTopic,
  type PointAggregate,
  positionsAtPoint,
  type TopicShare,
  topicMix,
} from './points';
export { type AggregationPrep, isAreaPlace, prepareAggregation } from './prepare';
export { arcLatLngs, countVisibleRelations, type VisibleRelation, visibleRelations } from './relations';
export { buildSpotIndex, querySpots, SPOT_CLUSTER_OPTIONS, type Spot, type SpotIndex } from './spots';

export {
  BIN_UNITS,
  type BinUnit,
  binEdges,
  binIndex,
  binStart,
  chooseBinUnit,
  daysToNextEdge,
  MAX_BINS,
  nextBinStart,
  shiftByBins,
} from './bins';
export { buildHistogram, type Histogram } from './histogram';
export { type AxisTick, axisTicks, formatBin, formatDay, formatRange, formatWindow } from './labels';
export { type FutureMarker, findFutureMarkers, isFutureEvent, lastOccurredDay } from './markers';
export { parseDayText } from './parse-day';
export { alignToBins, countBins, firstWindow, stepCalendar } from './step';
export {
  clampWindow,
  type DayRange,
  MIN_DOMAIN_DAYS,
  type PlaybackMode,
  panWindow,
  rangeDays,
  revealWindow,
  snapToBin,
  startPlayback,
  stepPlayback,
  zoomDomain,
} from './window';

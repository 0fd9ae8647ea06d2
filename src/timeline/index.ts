export { Timeline, type TimelineProps, type TimelineWindow } from './Timeline';

export { type KnownActor, ORGANISATIONS } from './actors';
export { type DraftOptions, draftArticle } from './draft';
export type { KnownEvent, TopicHint } from './events';
export type * from './types';

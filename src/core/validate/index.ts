export { type CorpusInput, deepFreeze, type InputFile, validateCorpus } from './corpus';

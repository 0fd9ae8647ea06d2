export { type CorpusInput, type InputFile, validateCorpus } from './corpus';

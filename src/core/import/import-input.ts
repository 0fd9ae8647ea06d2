// importInput: text in, a Dateline corpus JSON and an import report out. Dispatches on the sniffed
// (or chosen) format; never throws.
import type { ImportOptions, ImportResult } from './types';

export function importInput(_text: string, options: ImportOptions): ImportResult {
  return { ok: false, error: `${options.fileName}: import is not implemented yet` };
}

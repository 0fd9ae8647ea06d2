// The large gazetteer for an import that looks place names up in it (wantsTowns: a table with a
// place column and no coordinates): fetched from this site only then, in the worker that imports, so a
// file with coordinates never pays for its 2.2 MB. Offline, it comes from the service worker's cache;
// if it cannot be had, the import goes on without it and names the places it could not find.
import gazetteerUrl from '../../geo/gazetteer.json?url';
import type { CorpusJob } from '../core/corpus-job';
import { wantsTowns } from '../core/import';

type ImportJob = Extract<CorpusJob, { kind: 'import' }>;

export async function withTowns(job: ImportJob): Promise<ImportJob> {
  if (job.gazetteerText || !wantsTowns(job.text, job)) return job;
  try {
    const response = await fetch(gazetteerUrl);
    return response.ok ? { ...job, gazetteerText: await response.text() } : job;
  } catch {
    return job;
  }
}

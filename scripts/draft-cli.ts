// `npm run draft -- <article.txt|.html> [--published YYYY-MM-DD] [--outlet NAME] [--headline TEXT] [--json]`
// Reads one article and prints its draft. The JSON form is a contract documented in the README.

import { readFileSync, statSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { draftArticle } from '../src/core/draft';
import { loadDataset, loadGazetteer } from './draft-context';

/** Largest article read (bytes): far above any news story, small enough to stay fast. */
export const MAX_BYTES = 2_000_000;

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

interface Args {
  file: string;
  published: string | null;
  outlet: string | null;
  headline: string | null;
  json: boolean;
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { file: '', published: null, outlet: null, headline: null, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') args.json = true;
    else if (a === '--published' || a === '--outlet' || a === '--headline') {
      const value = argv[++i];
      if (value === undefined) return `${a} needs a value`;
      args[a.slice(2) as 'published'] = value;
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else if (args.file === '') args.file = a;
    else return `unexpected argument ${a}`;
  }
  if (args.file === '')
    return 'usage: npm run draft -- <article.txt|.html> [--published YYYY-MM-DD] [--outlet NAME] [--headline TEXT] [--json]';
  if (args.published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(args.published))
    return `--published: "${args.published}" is not YYYY-MM-DD`;
  return args;
}

/** The article's main text from HTML: parsed by linkedom (no scripts run), kept by Readability. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  return (article?.textContent ?? document.body?.textContent ?? '').trim();
}

/** The file as text: UTF-8, a leading byte-order mark dropped, nothing else changed. */
export function readArticle(file: string): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new Error(`${file}: no such file`);
  }
  if (size > MAX_BYTES) throw new Error(`${file}: ${size} bytes is over the ${MAX_BYTES}-byte limit`);
  const bytes = readFileSync(file);
  if (bytes.includes(0)) throw new Error(`${file}: binary file (it holds NUL bytes)`);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new Error(`${file}: empty file`);
  return /\.html?$/i.test(file) ? htmlToText(text) : text;
}

export function runDraft(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`draft: ${args}\n`);
    return 2;
  }
  let text: string;
  try {
    text = readArticle(args.file);
  } catch (error) {
    io.stderr(`draft: ${(error as Error).message}\n`);
    return 1;
  }
  const draft = draftArticle(text, loadGazetteer(), {
    ...loadDataset(),
    published: args.published,
    outlet: args.outlet,
    headline: args.headline,
  });
  if (args.json) {
    io.stdout(`${JSON.stringify(draft, null, 2)}\n`);
    return 0;
  }
  io.stdout(`published ${draft.published ?? '?'}; dateline ${draft.dateline?.place?.name ?? '-'}\n`);
  for (const p of draft.places)
    io.stdout(`place  ${p.text} → ${p.placeId}${p.adjectival ? ' (adjectival)' : ''}\n`);
  for (const d of draft.dates)
    io.stdout(`date   ${d.text} → ${d.start_date}..${d.end_date} ${d.precision} ${d.status}\n`);
  for (const e of draft.events)
    io.stdout(`event  ${e.title}${e.mergeWith ? ` [merge with ${e.mergeWith}]` : ''}\n`);
  return 0;
}

// An article file opened in the "New from article" view: a .txt as it is, an .html reduced to its main
// text by @mozilla/readability over DOMParser (an inert document: its scripts never run, nothing loads).
// Readability is loaded only when an HTML file is opened. The same rules as `npm run draft`.

/** Largest article read (bytes), as in the CLI (scripts/draft-cli.ts). */
export const MAX_ARTICLE_BYTES = 2_000_000;

export type ReadArticle =
  | { readonly ok: true; readonly text: string; readonly title: string }
  | { readonly ok: false; readonly error: string };

export const isHtmlFile = (name: string, type: string) => /\.x?html?$/i.test(name) || type === 'text/html';

/** The main text and title of an HTML page; `title` is '' when the page has none. */
export async function htmlToText(html: string): Promise<{ text: string; title: string }> {
  const { Readability } = await import('@mozilla/readability');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const title = doc.title.trim();
  const article = new Readability(doc).parse();
  return {
    text: (article?.textContent ?? doc.body?.textContent ?? '').trim(),
    title: article?.title?.trim() || title,
  };
}

export async function readArticleFile(file: File): Promise<ReadArticle> {
  if (file.size > MAX_ARTICLE_BYTES)
    return {
      ok: false,
      error: `${file.name}: ${file.size} bytes is over the ${MAX_ARTICLE_BYTES}-byte limit`,
    };
  const raw = await file.text();
  if (raw.includes('\u0000')) return { ok: false, error: `${file.name}: binary file (it holds NUL bytes)` };
  const text = raw.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, error: `${file.name}: empty file` };
  if (!isHtmlFile(file.name, file.type)) return { ok: true, text, title: '' };
  const page = await htmlToText(text);
  if (page.text === '') return { ok: false, error: `${file.name}: no article text found in the page` };
  return { ok: true, ...page };
}

// The article to read: pasted text or a .txt / .html file, and the optional metadata that the
// drafter would otherwise look for in the text (outlet, publication date from the dateline).
import { type FormEvent, useState } from 'react';
import type { ArticleMeta } from '../../core/review';
import { MAX_ARTICLE_BYTES, readArticleFile } from '../../load/read-article';

export interface ArticleFormProps {
  readonly ready: boolean;
  readonly onDraft: (text: string, meta: ArticleMeta) => void;
}

const EMPTY: ArticleMeta = { outlet: '', headline: '', published: '', url: '', language: 'en' };

export function ArticleForm({ ready, onDraft }: ArticleFormProps) {
  const [text, setText] = useState('');
  const [meta, setMeta] = useState<ArticleMeta>(EMPTY);
  const [fileError, setFileError] = useState<string | null>(null);
  const field = (key: keyof ArticleMeta) => ({
    value: meta[key],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setMeta((m) => ({ ...m, [key]: value }));
    },
  });

  async function openFile(file: File | undefined) {
    if (!file) return;
    setFileError(null);
    const read = await readArticleFile(file);
    if (!read.ok) {
      setFileError(read.error);
      return;
    }
    setText(read.text);
    if (read.title) setMeta((m) => (m.headline ? m : { ...m, headline: read.title }));
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (ready && text.trim() !== '') onDraft(text, meta);
  }

  return (
    <form
      className="dl-review__form"
      onSubmit={submit}
      onDrop={(e) => {
        // A file dropped here is an article, not data for "Open data".
        e.preventDefault();
        e.stopPropagation();
        void openFile(e.dataTransfer.files[0]);
      }}
      onDragOver={(e) => e.preventDefault()}
    >
      <p className="dl-review__note">
        English first: dates, actors, quotes and events are read from English text; in other languages only
        place names are found.
      </p>
      <label className="dl-review__field">
        Article text
        <textarea rows={8} value={text} onChange={(e) => setText(e.currentTarget.value)} />
      </label>
      <label className="dl-review__field">
        Or open a .txt or .html file (up to {MAX_ARTICLE_BYTES / 1_000_000} MB; a page's scripts never run)
        <input
          type="file"
          accept=".txt,.html,.htm,text/plain,text/html"
          onChange={(e) => void openFile(e.currentTarget.files?.[0])}
        />
      </label>
      {fileError && (
        <p role="alert" className="dl-review__error">
          {fileError}
        </p>
      )}
      <fieldset className="dl-review__meta">
        <legend>About the article (optional)</legend>
        <label className="dl-review__field">
          Outlet
          <input type="text" {...field('outlet')} />
        </label>
        <label className="dl-review__field">
          Headline
          <input type="text" {...field('headline')} />
        </label>
        <label className="dl-review__field">
          Publication date
          <input type="date" {...field('published')} />
        </label>
        <label className="dl-review__field">
          Address (URL)
          <input type="url" {...field('url')} />
        </label>
        <label className="dl-review__field">
          Language
          <input type="text" size={6} {...field('language')} />
        </label>
      </fieldset>
      <button type="submit" className="dl-review__primary" disabled={!ready || text.trim() === ''}>
        Draft events
      </button>
    </form>
  );
}

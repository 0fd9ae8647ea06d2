// The name pasted text is opened (and kept) under: what it looks like, as a file's extension would say.
// Its own module, free of the importer, so the page can name a paste before the import code loads.

export function pastedFileName(text: string): string {
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'pasted.geojson';
  const firstLine = start.slice(0, start.search(/\r?\n|$/));
  return firstLine.includes('\t') ? 'pasted.tsv' : 'pasted.csv';
}

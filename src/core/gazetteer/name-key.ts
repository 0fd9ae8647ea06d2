/** Case- and accent-insensitive key for a name; inner whitespace collapsed. */
export function nameKey(text: string): string {
  // Most names are plain ASCII: skip the costly Unicode normalisation for them.
  const folded = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return folded.toLowerCase().replace(/[.’']/g, '').replace(/\s+/g, ' ').trim();
}

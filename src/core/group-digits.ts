// Whole numbers with their thousands grouped ("1,000,000"), as toLocaleString('en-GB') writes them, but
// without it: its first call loads the locale's number data, 100–200 ms on a slow machine, at start-up.

/** `n` rounded to a whole number, its thousands separated by commas. */
export function groupDigits(n: number): string {
  const whole = Math.round(n);
  const digits = String(Math.abs(whole)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return whole < 0 ? `-${digits}` : digits;
}

/** "1 event", "3,400 events": `n` grouped, then `word`, plural unless `n` is 1. */
export function counted(n: number, word: string): string {
  return `${groupDigits(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** `n` with its thousands grouped and its fraction, if any, as written ("1,234.5"). */
export function groupNumber(n: number): string {
  const whole = Math.trunc(n);
  const text = String(n);
  return Number.isFinite(n) ? `${groupDigits(whole)}${text.slice(String(whole).length)}` : text;
}

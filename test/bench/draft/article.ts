// A seeded synthetic 1,000-word news-like article: words, names, dates and quotes drawn from small
// lists written by us, so every run drafts the same text (seed 42).

const FILLER =
  'the officials said talks would continue after a meeting with leaders on security and trade while ministers agreed'.split(
    ' ',
  );
const NAMES = [
  'Paris',
  'Nice',
  'Georgia',
  'Kaliningrad',
  'Poland',
  'Moscow',
  'Washington',
  'Texas',
  'Russian',
  'French',
  'NATO',
  'the EU',
];
const EXTRAS = [
  'on Friday',
  'last week',
  'in mid-2009',
  'in June or July',
  'next year',
  'President Ivan Petrov',
  'Mr. Petrov',
  '“We will see,” he said',
];

export function syntheticArticle(words = 1_000, seed = 42): string {
  let a = seed;
  const random = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const out: string[] = ['PARIS (Wire) --'];
  let count = 0;
  while (count < words) {
    const sentence: string[] = [];
    for (let i = 0; i < 14; i++) {
      const r = random();
      sentence.push(r < 0.12 ? pick(NAMES) : r < 0.17 ? pick(EXTRAS) : pick(FILLER));
    }
    count += sentence.join(' ').split(' ').length;
    const text = sentence.join(' ');
    out.push(`${text[0]?.toUpperCase()}${text.slice(1)}.`);
  }
  return out.join(' ');
}

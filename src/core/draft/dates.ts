// Date expressions read relative to the publication date with chrono-node, extended for news
// phrasing chrono leaves out ("mid-2009", "in June or July", "by next summer"), each with its
// precision and, from the words around it, a status.

import * as chrono from 'chrono-node';
import { isoDay } from './dateline';
import { sentenceAt, sentences } from './text';
import type { DateMention, DatePrecision, DateStatus } from './types';

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
const MONTH = `(${MONTHS.join('|')})`;
const day = (y: number, m: number, d: number) => isoDay(new Date(Date.UTC(y, m, d)));
const monthEnd = (y: number, m: number) => day(y, m + 1, 0);

interface Extra {
  readonly re: RegExp;
  readonly read: (m: RegExpExecArray, ref: Date) => Omit<DateMention, 'text' | 'start' | 'end' | 'status'>;
}

const PART: Readonly<Record<string, readonly [number, number]>> = {
  early: [0, 3],
  mid: [3, 8],
  late: [8, 11],
};
/** Northern-hemisphere meteorological seasons: first month, last month (0-based, may pass 11). */
const SEASON: Readonly<Record<string, readonly [number, number]>> = {
  spring: [2, 4],
  summer: [5, 7],
  autumn: [8, 10],
  fall: [8, 10],
  winter: [11, 13],
};

const EXTRAS: readonly Extra[] = [
  {
    re: /\b(early|mid|late)[- ](\d{4})\b/gi,
    read: (m) => {
      const y = Number(m[2]);
      const [a, b] = PART[(m[1] as string).toLowerCase()] as readonly [number, number];
      return { start_date: day(y, a, 1), end_date: monthEnd(y, b), precision: 'range' };
    },
  },
  {
    re: new RegExp(`\\b${MONTH} or ${MONTH}(?:,? (\\d{4}))?`, 'g'),
    read: (m, ref) => {
      const a = MONTHS.indexOf(m[1] as string);
      const b = MONTHS.indexOf(m[2] as string);
      const y = m[3] ? Number(m[3]) : ref.getUTCFullYear() + (b < ref.getUTCMonth() ? 1 : 0);
      return { start_date: day(y, a, 1), end_date: monthEnd(y, b), precision: 'range' };
    },
  },
  {
    // A bare "fall" or "spring" is too often a verb or a noun: a season needs a cue word.
    re: /\b(?:(this|next|last) (spring|summer|autumn|fall|winter)|(?:in|by) the (spring|summer|autumn|fall|winter)|(spring|summer|autumn|winter) (?:of )?(\d{4}))\b/gi,
    read: (n, ref) => {
      const m = [n[0], n[1], n[2] ?? n[3] ?? n[4], n[5]];
      const [a, b] = SEASON[(m[2] as string).toLowerCase()] as readonly [number, number];
      const shift = { next: 1, last: -1, this: 0 }[(m[1] ?? 'this').toLowerCase() as 'this'] ?? 0;
      let y = m[3] ? Number(m[3]) : ref.getUTCFullYear() + shift;
      if (!m[3] && !m[1] && a < ref.getUTCMonth() - 2) y += 1;
      return { start_date: day(y, a, 1), end_date: monthEnd(y, b), precision: 'season' };
    },
  },
];

const THREAT = /\bthreat|\bthreaten|\bwarn|\bvow/i;
const PROPOSAL = /\bpropos|\bsuggest|\bcall(?:ed|s)? for\b|\burg(?:e|ed|es|ing)\b|\boffer/i;
const PLAN = /\bwill\b|\bplan|\bschedul|\bto be held\b|\bexpected\b|\bwould\b|\bby\b/i;

function statusOf(sentence: string, startDate: string, published: string): DateStatus {
  if (THREAT.test(sentence)) return 'threatened';
  if (PROPOSAL.test(sentence)) return 'proposed';
  if (startDate > published || PLAN.test(sentence)) return startDate >= published ? 'planned' : 'happened';
  return 'happened';
}

function precisionOf(r: chrono.ParsedResult): DatePrecision {
  if (r.end) return 'range';
  if (r.start.isCertain('day') || r.start.isCertain('weekday')) return 'day';
  if (r.start.isCertain('month')) return 'month';
  return 'year';
}

function chronoSpan(r: chrono.ParsedResult, precision: DatePrecision): [string, string] {
  const d = r.start.date();
  const y = d.getUTCFullYear();
  if (r.end) return [isoDay(d), isoDay(r.end.date())];
  if (precision === 'day') return [isoDay(d), isoDay(d)];
  if (precision === 'month') return [day(y, d.getUTCMonth(), 1), monthEnd(y, d.getUTCMonth())];
  return [day(y, 0, 1), day(y, 11, 31)];
}

/** `published` is YYYY-MM-DD; relative expressions are read from its noon, UTC. */
export function findDates(text: string, published: string): DateMention[] {
  const ref = new Date(`${published}T12:00:00Z`);
  const found: Omit<DateMention, 'status'>[] = [];
  const overlaps = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  for (const extra of EXTRAS) {
    for (const m of text.matchAll(extra.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!overlaps(start, end))
        found.push({ text: m[0], start, end, ...extra.read(m as RegExpExecArray, ref) });
    }
  }
  for (const r of chrono.parse(text, { instant: ref, timezone: 0 })) {
    // chrono keeps a leading "on" and trailing punctuation ("on Friday,"): the date is the rest.
    const lead = /^(?:on\s+)?/i.exec(r.text)?.[0].length ?? 0;
    const trail = /[\s,.;:]*$/.exec(r.text)?.[0].length ?? 0;
    const start = r.index + lead;
    const end = r.index + Math.max(lead, r.text.length - trail);
    if (overlaps(start, end)) continue;
    const precision = precisionOf(r);
    const [start_date, end_date] = chronoSpan(r, precision);
    found.push({ text: text.slice(start, end), start, end, start_date, end_date, precision });
  }
  const list = sentences(text);
  return found
    .sort((a, b) => a.start - b.start)
    .map((f) => ({ ...f, status: statusOf(sentenceAt(list, f.start)?.text ?? '', f.start_date, published) }));
}

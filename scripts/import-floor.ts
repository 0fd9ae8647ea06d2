// A sketch of an importer that makes no event objects, for the floor benchmark
// (scripts/bench-import-floor.ts): an ACLED-shaped file's rows read into the numbers the map needs
// (ids, days, points, topics, actors, outlets, then the index's date order), and, if asked, each event's
// and source's JSON text written straight from the cells, character for character as the import
// writes them (test/scripts/import-floor.test.ts holds it to that). It knows the seeded bench file's
// shape only (test/bench/import-data.ts): it measures a design, it is not an importer.
import Papa from 'papaparse';
import { daysInMonth, formatEventTime, parseIsoDay } from '../src/core/dates';
import { splitList } from '../src/core/import/columns';
import { readCoordinate, readDate, shiftDay } from '../src/core/import/draft';
import { ACLED_ACTOR_COLUMNS, ACLED_KEPT } from '../src/core/import/presets/acled';
import { streamTable } from '../src/core/import/table';
import { dateOrder } from '../src/core/index/date-order';
import { slugify } from '../src/core/slug';

export const SNIFF = { format: 'csv', preset: 'acled', delimiter: ',', hasHeader: true } as const;
const NUMBER = /^-?\d+(\.\d+)?$/;
const q = JSON.stringify;

export interface Sketch {
  readonly events: number;
  readonly eventTexts: string[];
  readonly sourceTexts: string[];
}

/** Numbers for names, in order of first sight; the id each is written as made once. */
function names(idOf: (name: string) => string) {
  const numbers = new Map<string, number>();
  const ids: string[] = [];
  return {
    ids,
    number(name: string): number {
      let n = numbers.get(name);
      if (n === undefined) {
        n = ids.length;
        numbers.set(name, n);
        ids.push(idOf(name));
      }
      return n;
    },
  };
}

/**
 * An ACLED-shaped CSV (the seeded bench file's shape: the ACLED preset, coordinates on every row) read
 * into what the map needs, as numbers; with `json`, also each event's and source's JSON text as the
 * import writes them. A measurement of a design, not an importer.
 */
export function floorSketch(text: string, json: boolean): Sketch {
  // Column numbers from the header row, looked up once.
  const header = (Papa.parse<string[]>(text, { preview: 1 }).data[0] ?? []).map((h) => h.trim());
  const columns = new Map(header.map((name, i) => [name, i]));
  const at = (name: string) => columns.get(name) ?? -1;
  const kept = ACLED_KEPT.map(at);
  // At most one event per line.
  let size = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) size++;
  const start: number[] = [];
  const end: number[] = [];
  const placeOf = new Int32Array(size);
  const topicMask = new Uint32Array(size);
  const actorCount = new Uint8Array(size);
  const outletCount = new Uint8Array(size);
  const actorList: number[] = [];
  const outletList: number[] = [];
  const pointLon: number[] = [];
  const pointNext: number[] = [];
  const byName = new Map<string, Map<number, number>>();
  const seen = new Set<string>();
  const days = new Map<string, { text: string; day: number } | null>();
  const topics = names(slugify);
  const actors = names(slugify);
  const outlets = names((name) => name);
  const eventTexts: string[] = [];
  const sourceTexts: string[] = [];
  let n = 0;
  streamTable(text, SNIFF, (table) => {
    for (const cells of table.rows) {
      if (cells.length < 2) continue;
      const cell = (i: number) => (cells[i] ?? '').trim();
      const id = cell(at('event_id_cnty'));
      if (seen.has(id)) continue;
      const raw = cells[at('event_date')] as string;
      let date = days.get(raw);
      if (date === undefined) {
        const read = readDate(raw);
        date = read?.form === 'day' ? { text: read.text, day: parseIsoDay(read.text) as number } : null;
        days.set(raw, date);
      }
      const lat = readCoordinate(cell(at('latitude')), 90);
      const lon = readCoordinate(cell(at('longitude')), 180);
      if (!date || lat === null || lon === null) continue;
      seen.add(id);
      const tp = cell(at('time_precision'));
      const month = tp === '3';
      const week = tp === '2';
      const first = month ? date.day - Number(date.text.slice(8)) + 1 : week ? date.day - 3 : date.day;
      start.push(first);
      end.push(
        month
          ? first + daysInMonth(Number(date.text.slice(0, 4)), Number(date.text.slice(5, 7))) - 1
          : week
            ? date.day + 3
            : date.day,
      );
      // The builder's own points: one per place name and coordinates, chained by latitude.
      const name = cell(at('location')) || cell(at('country'));
      let byLat = byName.get(name);
      if (!byLat) {
        byLat = new Map();
        byName.set(name, byLat);
      }
      let place = -1;
      for (let k = byLat.get(lat) ?? -1; k !== -1; k = pointNext[k] as number)
        if (pointLon[k] === lon) place = k;
      if (place < 0) {
        place = pointLon.length;
        pointLon.push(lon);
        pointNext.push(byLat.get(lat) ?? -1);
        byLat.set(lat, place);
      }
      placeOf[n] = place;
      const type = cell(at('event_type'));
      const sub = cell(at('sub_event_type'));
      const rowTopics =
        type === '' ? (sub === '' ? [] : [sub]) : sub === '' || sub === type ? [type] : [type, sub];
      let mask = 0;
      for (const topic of rowTopics) mask |= 1 << topics.number(topic);
      topicMask[n] = mask;
      const rowActors: number[] = [];
      for (const column of ACLED_ACTOR_COLUMNS)
        for (const actor of splitList(cell(at(column)))) {
          const a = actors.number(actor);
          if (!rowActors.includes(a)) rowActors.push(a);
        }
      actorList.push(...rowActors);
      actorCount[n] = rowActors.length;
      const rowOutlets = splitList(cell(at('source')));
      for (const outlet of rowOutlets) outletList.push(outlets.number(outlet));
      outletCount[n] = rowOutlets.length;
      n++;
      if (!json) continue;
      const placeId = `place-${place + 1}`;
      const title = `${sub || type || 'Event'}${name ? ` in ${name}` : ''}`;
      const headline = q(title);
      const sourceIds = rowOutlets.map((outlet, k) => {
        const sid = q(`${id}:s${k + 1}`);
        sourceTexts.push(`{"id":${sid},"outlet":${q(outlet)},"language":"und"}`);
        return sid;
      });
      const time = month
        ? `{"start":"${date.text.slice(0, 7)}","precision":"month"}`
        : week
          ? `{"start":"${shiftDay(date.text, -3)}","precision":"approximate","end":"${shiftDay(date.text, 3)}","label":"week of ${formatEventTime({ start: date.text, precision: 'day' })}"}`
          : `{"start":"${date.text}","precision":"day"}`;
      const properties: string[] = [];
      for (let k = 0; k < ACLED_KEPT.length; k++) {
        const v = cell(kept[k] as number);
        if (v === '') continue;
        const number = Number(v);
        properties.push(`${q(ACLED_KEPT[k])}:${NUMBER.test(v) && Number.isFinite(number) ? number : q(v)}`);
      }
      const summary = cell(at('notes'));
      eventTexts.push(
        `{"id":${q(id)},"title":${headline},"summary":${summary ? q(summary) : headline},"time":${time},"status":"occurred","places":[{"place":"${placeId}","role":"venue"}],"actors":[${rowActors.map((a) => q(actors.ids[a])).join(',')}],"topics":[${rowTopics.map((t) => q(topics.ids[topics.number(t)])).join(',')}],"quotes":[],"sources":[${sourceIds.join(',')}],"related":[]${properties.length ? `,"properties":{${properties.join(',')}}` : ''}}`,
      );
    }
    return true;
  });
  dateOrder(start, end);
  return { events: n, eventTexts, sourceTexts };
}

/** Whether `texts` are the records' JSON texts, one for one; else the first that is not, and what it should be. */
export function sameTexts(
  texts: readonly string[],
  records: readonly unknown[],
): { same: true } | { same: false; at: number; mine: string | undefined; theirs: string } {
  for (let i = 0; i < Math.max(texts.length, records.length); i++) {
    const theirs = JSON.stringify(records[i]) ?? '(none)';
    if (texts[i] !== theirs) return { same: false, at: i, mine: texts[i], theirs };
  }
  return { same: true };
}

// Drafts → corpus records. Topics, actors and own places are shared by name; each event gets one
// source per outlet. Imported rows mostly name outlets, not articles: such a source is the outlet alone
// (with its link when the row gives one), and no headline, date or dateline is made up for it.
import { eventInterval } from '../dates';
import { slugify } from '../slug';
import type { Place } from '../types';
import { type CollectedRecords, recordCollectors } from '../validate/collect';
import { madeEvent, madePoint, madeSource } from '../validate/made';
import { NO_ITEMS } from '../validate/reader';
import { HTTP_URL, ID_PATTERN } from '../validate/records';
import type { Draft, DraftLocation, DraftSource } from './draft';

/** Paul Tol's "muted" scheme, colour-blind safe, as the bundled topics use; repeated past nine. */
const PALETTE = [
  '#cc6677',
  '#332288',
  '#ddcc77',
  '#117733',
  '#88ccee',
  '#882255',
  '#44aa99',
  '#999933',
  '#aa4499',
];
const STATUSES = new Set(['occurred', 'announced', 'threatened', 'planned', 'proposed']);
const MAX_ID = 100;
const UNCATEGORISED = ['Uncategorised'];

function hasKeys(table: object): boolean {
  for (const key in table) if (Object.hasOwn(table, key)) return true;
  return false;
}

export class CorpusBuilder {
  /**
   * The own places, sources and events, each read by the app's validator as it is made (the record
   * readers of src/core/validate): only the checked copy stays, so the JSON of a row dies young instead
   * of the whole built corpus being kept for one re-reading at the end. References, duplicates and the
   * rest are checked at the end, in validateCorpus, as for any corpus.
   */
  readonly collected: CollectedRecords;
  readonly topics: Record<string, unknown>[] = [];
  readonly actors: Record<string, unknown>[] = [];
  /** Each event's id and file row, in the order they came; filed by id only if a problem needs a row. */
  private readonly rowIds: string[] = [];
  private readonly rows: number[] = [];
  private rowById: Map<string, number> | null = null;
  private readonly topicIds = new Map<string, string>();
  private readonly actorIds = new Map<string, string>();
  /** Own areas by name, centre and outline; own points by name and id, then latitude and longitude. */
  private readonly placeIds = new Map<string, string>();
  /**
   * Own points: name and id → latitude → the first point there, by its number; points at one latitude
   * are chained (pointNext), with their longitude and id in flat lists: no map or object per point.
   */
  private readonly pointIds = new Map<string, Map<number, number>>();
  private readonly pointLon: number[] = [];
  private readonly pointId: string[] = [];
  private readonly pointNext: number[] = [];
  /** Ids are unique within each list; own places also avoid the gazetteer's ids. */
  private readonly used = {
    event: new Set<string>(),
    topic: new Set<string>(),
    actor: new Set<string>(),
    place: new Set<string>(),
  };

  constructor(
    private readonly gazetteer: ReadonlyMap<string, Place>,
    /** Says where topics and actors came from, e.g. "ACLED". */
    private readonly origin: string,
    private readonly actorRole: string,
    /** The file named in the validator's problems. */
    file: string,
    /**
     * The outlet of a row that names none: the data's provider where there is one ("ACLED"), else the
     * file itself ("protests.geojson"): what is known of where the event was reported.
     */
    private readonly defaultOutlet: string = origin,
  ) {
    // Every id it gives is new in its list (freshId, numberedPlace, eventId; sources are `event:sN`).
    this.collected = recordCollectors(file, true);
  }

  /** A fresh id from `base` (its slug, or `fallback` when nothing is left), never one used before. */
  /** Next suffix to try per id base, so numbering N places of one name costs N steps, not N². */
  private readonly nextSuffix = new Map<string, number>();

  private freshId(list: keyof CorpusBuilder['used'], base: string, fallback: string): string {
    const used = this.used[list];
    const taken = (id: string) => used.has(id) || (list === 'place' && this.gazetteer.has(id));
    let id = slugify(base).slice(0, MAX_ID) || fallback;
    if (taken(id)) {
      const key = `${list}|${id}`;
      let n = this.nextSuffix.get(key) ?? 2;
      while (taken(`${id}-${n}`)) n++;
      this.nextSuffix.set(key, n + 1);
      id = `${id}-${n}`;
    }
    used.add(id);
    return id;
  }

  private topic(label: string): string {
    let id = this.topicIds.get(label);
    if (id === undefined) {
      const raw = label.trim();
      id =
        slugify(raw) === raw && raw.length <= MAX_ID && !this.used.topic.has(raw)
          ? raw
          : this.freshId('topic', raw, 'topic');
      this.used.topic.add(id);
      this.topicIds.set(label, id);
      this.topics.push({
        id,
        label: raw,
        color: PALETTE[this.topics.length % PALETTE.length],
        description: `Imported category "${raw}" (${this.origin}).`,
      });
    }
    return id;
  }

  private actor(name: string): string {
    let id = this.actorIds.get(name);
    if (id === undefined) {
      id = this.freshId('actor', name, 'actor');
      this.actorIds.set(name, id);
      this.actors.push({ id, name, role: this.actorRole });
    }
    return id;
  }

  /**
   * True while every id its records name is one of its own records or a gazetteer place: the
   * validator then need not look each reference up (CorpusInput.referencesMade).
   */
  get referencesMade(): boolean {
    return !this.strayPlace;
  }

  private strayPlace = false;

  private place(loc: DraftLocation): string {
    if (loc.kind === 'gazetteer') {
      if (!this.gazetteer.has(loc.id)) this.strayPlace = true;
      return loc.id;
    }
    // A point by its name and id, then its coordinates as numbers: no text made of two numbers per row
    // (writing a double as text is the dear part). An area by all of it, outline included.
    let byLat: Map<number, number> | undefined;
    let key = '';
    if (loc.kind === 'point') {
      const named = `${loc.name}|${loc.id ?? ''}`;
      byLat = this.pointIds.get(named);
      if (!byLat) {
        byLat = new Map();
        this.pointIds.set(named, byLat);
      }
    } else key = `${loc.name}|${loc.lat}|${loc.lon}|${JSON.stringify(loc.geometry)}`;
    let id = byLat ? this.pointAt(byLat, loc.lat, loc.lon) : this.placeIds.get(key);
    if (id === undefined) {
      const wanted = loc.kind === 'point' ? loc.id : undefined;
      id =
        wanted && ID_PATTERN.test(wanted) && !this.used.place.has(wanted) && !this.gazetteer.has(wanted)
          ? wanted
          : this.numberedPlace();
      this.used.place.add(id);
      if (byLat) {
        const n = this.pointId.length;
        this.pointLon.push(loc.lon);
        this.pointId.push(id);
        this.pointNext.push(byLat.get(loc.lat) ?? -1);
        byLat.set(loc.lat, n);
      } else this.placeIds.set(key, id);
      const kind = loc.kind === 'point' ? loc.placeKind : 'region';
      const made = {
        id,
        name: loc.name,
        kind,
        lat: loc.lat,
        lon: loc.lon,
        ...(loc.kind === 'area' ? { geometry: loc.geometry } : {}),
      };
      // Taken as it is when it is what its reader would return (src/core/validate/made.ts), else read.
      const point = loc.kind === 'point' ? madePoint(made) : undefined;
      if (point) this.collected.places.accept(point);
      else this.collected.places.add(made);
    }
    return id;
  }

  /** The id of the point at `lat`, `lon` in `byLat`'s chains, if there is one. */
  private pointAt(byLat: Map<number, number>, lat: number, lon: number): string | undefined {
    for (let n = byLat.get(lat) ?? -1; n !== -1; n = this.pointNext[n] as number)
      if (this.pointLon[n] === lon) return this.pointId[n];
    return undefined;
  }

  /** The file row of the event with `id` (0 when there is none). */
  rowOf(id: string): number {
    if (!this.rowById) {
      this.rowById = new Map();
      for (let i = 0; i < this.rowIds.length; i++)
        this.rowById.set(this.rowIds[i] as string, this.rows[i] as number);
    }
    return this.rowById.get(id) ?? 0;
  }

  private placeCount = 0;

  /** place-1, place-2, …: numbering is cheap where slugging every row's name is not. */
  private numberedPlace(): string {
    let id = `place-${++this.placeCount}`;
    while (this.used.place.has(id) || this.gazetteer.has(id)) id = `place-${++this.placeCount}`;
    return id;
  }

  /** Event id for a row: the file's own id when it is one, else row-N. Null when it repeats an id. */
  eventId(draft: Draft, row: number): string | null {
    const own = draft.id?.trim();
    if (own) {
      if (!ID_PATTERN.test(own) || own.length > MAX_ID) return this.freshId('event', own, `row-${row}`);
      if (this.used.event.has(own)) return null;
      this.used.event.add(own);
      return own;
    }
    return this.freshId('event', `row-${row}`, `row-${row}`);
  }

  /** Adds the event; returns a reason when it cannot be a valid event. */
  add(draft: Draft, id: string, row: number): { column: string; reason: string } | null {
    const interval = eventInterval(draft.time);
    if (!interval) return { column: 'date', reason: `"${draft.time.start}" is not a date` };
    if (interval.end < interval.start)
      return { column: 'end', reason: `end ${draft.time.end} is before start ${draft.time.start}` };
    if (draft.locations.length === 0) return { column: 'location', reason: 'no location' };
    const places = draft.locations.map((loc) => ({ place: this.place(loc), role: loc.role }));
    const title = draft.title.trim() ? draft.title : id;
    // Each once, in order; loops over the few a row names, not Sets and spread copies per row.
    const topics: string[] = [];
    for (const label of draft.topics.length ? draft.topics : UNCATEGORISED) {
      const topic = this.topic(label);
      if (!topics.includes(topic)) topics.push(topic);
    }
    const names: string[] = [];
    for (const raw of draft.actors) {
      const name = raw.trim();
      if (name !== '' && !names.includes(name)) names.push(name);
    }
    const actors = names.map((a) => this.actor(a));
    const outlets: readonly DraftSource[] = draft.sources.length
      ? draft.sources
      : [{ outlet: this.defaultOutlet }];
    const sources = outlets.map((s, k) => {
      const sid = `${id}:s${k + 1}`;
      // In the order the validator writes a source (src/core/validate/made.ts madeSource).
      const source: Record<string, string> = { id: sid, outlet: s.outlet };
      if (s.headline?.trim()) source.headline = s.headline;
      if (s.published) source.published = s.published;
      source.language = 'und';
      if (s.url && HTTP_URL.test(s.url)) source.url = s.url;
      this.addSource(source);
      return sid;
    });
    this.rowIds.push(id);
    this.rows.push(row);
    this.rowById?.set(id, row);
    const event = {
      id,
      title,
      summary: draft.summary?.trim() ? draft.summary : title,
      time: draft.time,
      status: draft.status && STATUSES.has(draft.status) ? draft.status : 'occurred',
      places,
      actors,
      topics,
      quotes: NO_ITEMS,
      sources,
      related: draft.related?.length
        ? draft.related.map((event) => ({ event, type: 'follow-up-of' }))
        : NO_ITEMS,
      ...(draft.properties && hasKeys(draft.properties) ? { properties: draft.properties } : {}),
    };
    const made = madeEvent(event);
    if (made) this.collected.events.accept(made);
    else this.collected.events.add(event);
    return null;
  }

  /** The record as it is when it is what its reader would return (src/core/validate/made.ts), else read. */
  private addSource(source: object): void {
    const made = madeSource(source);
    if (made) this.collected.sources.accept(made);
    else this.collected.sources.add(source);
  }
}

import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LAYERS,
  DEFAULT_VIEW_STATE,
  describeIgnored,
  type KnownIds,
  parseViewState,
} from '../../../src/core/url';

const KNOWN: KnownIds = {
  topics: new Set(['a', 'energy', 'war']),
  actors: new Set(['merkel', 'putin']),
  outlets: new Set(['reuters', 'the-guardian']),
  events: new Set(['2008-08-08-south-ossetia']),
};

function parse(search: string, hash = '') {
  return parseViewState(search, hash, KNOWN);
}

describe('parseViewState', () => {
  it('gives the default state for an empty link', () => {
    expect(parse('', '')).toEqual({ state: DEFAULT_VIEW_STATE, ignored: [] });
    expect(parse('?', '#')).toEqual({ state: DEFAULT_VIEW_STATE, ignored: [] });
  });

  it('ignores unknown parameters silently', () => {
    expect(parse('?utm_source=x&FROM=2008-01-01&__proto__=1')).toEqual({
      state: DEFAULT_VIEW_STATE,
      ignored: [],
    });
  });

  it('reads a full link', () => {
    const { state, ignored } = parse(
      '?v=abc123&from=2008-08-01&to=2008-08-31&topics=war,energy&actors=putin&outlets=reuters' +
        '&outletmatch=only&q=%20South%20Ossetia%20&event=2008-08-08-south-ossetia&layers=points,tiles&play=window&embed=1',
      '#map=6/42.123/43.456',
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      v: 'abc123',
      from: '2008-08-01',
      to: '2008-08-31',
      topics: ['energy', 'war'],
      actors: ['putin'],
      outlets: ['reuters'],
      outletMatch: 'only',
      q: 'South Ossetia',
      event: '2008-08-08-south-ossetia',
      layers: ['points', 'tiles'],
      play: 'window',
      embed: true,
      map: { zoom: 6, lat: 42.123, lng: 43.456 },
    });
  });

  describe('from / to', () => {
    it.each([
      ['2008-02-30', 'not a real date: 2008-02-30'],
      ['2008-13-01', 'not a real date: 2008-13-01'],
      ['2008-00-10', 'not a real date: 2008-00-10'],
      ['2007-02-29', 'not a real date: 2007-02-29'],
      ['0999-12-31', 'year out of range: 0999-12-31'],
      ['2008-1-1', 'not a date (expected YYYY-MM-DD): 2008-1-1'],
      ['yesterday', 'not a date (expected YYYY-MM-DD): yesterday'],
      ['2008-01-01T00:00', 'not a date (expected YYYY-MM-DD): 2008-01-01T00:00'],
    ])('rejects from=%s', (value, reason) => {
      expect(parse(`?from=${value}`)).toEqual({
        state: DEFAULT_VIEW_STATE,
        ignored: [{ param: 'from', reason }],
      });
    });

    it('accepts leap days and the year range ends', () => {
      expect(parse('?from=2008-02-29&to=9999-12-31').state).toMatchObject({
        from: '2008-02-29',
        to: '9999-12-31',
      });
      expect(parse('?from=1000-01-01').state.from).toBe('1000-01-01');
      expect(parse('?from=2000-02-29').state.from).toBe('2000-02-29');
      expect(parse('?from=1900-02-29').ignored).toEqual([
        { param: 'from', reason: 'not a real date: 1900-02-29' },
      ]);
    });

    it('drops both when from is after to, and keeps an equal pair', () => {
      expect(parse('?from=2009-01-01&to=2008-01-01')).toEqual({
        state: DEFAULT_VIEW_STATE,
        ignored: [
          { param: 'from', reason: 'after to (2009-01-01 > 2008-01-01)' },
          { param: 'to', reason: 'before from (2008-01-01 < 2009-01-01)' },
        ],
      });
      expect(parse('?from=2008-01-01&to=2008-01-01').state).toMatchObject({
        from: '2008-01-01',
        to: '2008-01-01',
      });
    });

    it('treats an empty value as absent', () => {
      expect(parse('?from=&to=')).toEqual({ state: DEFAULT_VIEW_STATE, ignored: [] });
    });
  });

  describe('lists', () => {
    it('keeps known ids, reports each unknown one, dedupes and sorts', () => {
      const { state, ignored } = parse('?topics=war,bogus,a,war,,energy&actors=nobody,putin');
      expect(state.topics).toEqual(['a', 'energy', 'war']);
      expect(state.actors).toEqual(['putin']);
      expect(ignored).toEqual([
        { param: 'topics', reason: 'unknown topic id: bogus' },
        { param: 'actors', reason: 'unknown actor id: nobody' },
      ]);
    });

    it('distinguishes topics= (none selected) from no topics (all)', () => {
      expect(parse('?topics=').state.topics).toEqual([]);
      expect(parse('').state.topics).toBeNull();
      expect(parse('?actors=').state.actors).toEqual([]);
    });

    it('unknown topics fall back to all topics (a list whose every item is unknown is the default)', () => {
      expect(parse('?topics=nonexistent')).toEqual({
        state: DEFAULT_VIEW_STATE,
        ignored: [{ param: 'topics', reason: 'unknown topic id: nonexistent' }],
      });
      expect(parse('?topics=x1,x2,x3,x4').state.topics).toBeNull();
      expect(parse('?actors=nobody&outlets=bbc').state).toEqual(DEFAULT_VIEW_STATE);
    });

    it('reads outlet ids', () => {
      expect(parse('?outlets=the-guardian,bbc')).toEqual({
        state: { ...DEFAULT_VIEW_STATE, outlets: ['the-guardian'] },
        ignored: [{ param: 'outlets', reason: 'unknown outlet id: bbc' }],
      });
    });

    it('reports at most three unknown ids per parameter, then a count', () => {
      const { ignored } = parse('?topics=x1,x2,x3,x4,x5,a');
      expect(ignored.map((i) => i.reason)).toEqual([
        'unknown topic id: x1',
        'unknown topic id: x2',
        'unknown topic id: x3',
        '2 more unknown topic ids',
      ]);
    });

    it('does not split on %2C differently from ,', () => {
      expect(parse('?topics=war%2Cenergy').state.topics).toEqual(['energy', 'war']);
    });
  });

  it('keeps valid parts of a partly invalid link', () => {
    expect(parse('?topics=a,bogus&from=2008-13-01')).toEqual({
      state: { ...DEFAULT_VIEW_STATE, topics: ['a'] },
      ignored: [
        { param: 'from', reason: 'not a real date: 2008-13-01' },
        { param: 'topics', reason: 'unknown topic id: bogus' },
      ],
    });
  });

  describe('q', () => {
    it('trims and decodes + as space', () => {
      expect(parse('?q=++gas+prices++').state.q).toBe('gas prices');
    });

    it('cuts text longer than 200 characters and reports it', () => {
      const { state, ignored } = parse(`?q=${'x'.repeat(250)}`);
      expect(state.q).toBe('x'.repeat(200));
      expect(ignored).toEqual([{ param: 'q', reason: 'search text cut to 200 characters' }]);
    });

    it('never cuts a surrogate pair in half', () => {
      const { state } = parse(`?q=${encodeURIComponent(`${'x'.repeat(199)}😀😀`)}`);
      expect(state.q).toBe('x'.repeat(199));
    });
  });

  it('ignores any value over 2000 characters', () => {
    const { state, ignored } = parse(`?q=${'x'.repeat(2001)}&topics=a`);
    expect(state).toEqual({ ...DEFAULT_VIEW_STATE, topics: ['a'] });
    expect(ignored).toEqual([{ param: 'q', reason: 'value too long (2001 characters)' }]);
  });

  it('lets the first of repeated keys win', () => {
    expect(parse('?from=2008-01-01&from=2009-01-01&q=one&q=two').state).toMatchObject({
      from: '2008-01-01',
      q: 'one',
    });
  });

  it('requires a known event', () => {
    expect(parse('?event=nope')).toEqual({
      state: DEFAULT_VIEW_STATE,
      ignored: [{ param: 'event', reason: 'unknown event id: nope' }],
    });
  });

  describe('outletmatch', () => {
    it('reads all and only, and any as the default', () => {
      expect(parse('?outlets=reuters&outletmatch=all').state.outletMatch).toBe('all');
      expect(parse('?outlets=reuters&outletmatch=only').state.outletMatch).toBe('only');
      expect(parse('?outlets=reuters&outletmatch=any')).toEqual({
        state: { ...DEFAULT_VIEW_STATE, outlets: ['reuters'] },
        ignored: [],
      });
      expect(parse('?outlets=reuters').state.outletMatch).toBe('any');
    });

    it('falls back to any on an unknown value and says so', () => {
      expect(parse('?outletmatch=ONLY')).toEqual({
        state: DEFAULT_VIEW_STATE,
        ignored: [{ param: 'outletmatch', reason: 'expected all or only: ONLY' }],
      });
    });
  });

  describe('layers', () => {
    it('drops unknown layers, keeps the canonical order', () => {
      expect(parse('?layers=tiles,satellite,points,points')).toEqual({
        state: { ...DEFAULT_VIEW_STATE, layers: ['points', 'tiles'] },
        ignored: [{ param: 'layers', reason: 'unknown layer: satellite' }],
      });
    });

    it('unknown layers fall back to the default overlays, not to none (?layers=bogus)', () => {
      expect(parse('?layers=bogus')).toEqual({
        state: DEFAULT_VIEW_STATE,
        ignored: [{ param: 'layers', reason: 'unknown layer: bogus' }],
      });
    });

    it('reads layers= as no overlays and no layers as the default', () => {
      expect(parse('?layers=').state.layers).toEqual([]);
      expect(parse('').state.layers).toEqual(DEFAULT_LAYERS);
    });

    it('has place names (labels) among the default overlays, and reads them in a list', () => {
      expect(DEFAULT_LAYERS).toContain('labels');
      expect(parse('?layers=labels,points').state.layers).toEqual(['points', 'labels']);
      expect(parse('?layers=points,areas').state.layers).not.toContain('labels');
    });
  });

  it('requires a play mode', () => {
    expect(parse('?play=cumulative').state.play).toBe('cumulative');
    expect(parse('?play=fast').ignored).toEqual([{ param: 'play', reason: 'not a play mode: fast' }]);
  });

  it('reads embed=1 only', () => {
    expect(parse('?embed=1').state.embed).toBe(true);
    expect(parse('?embed=0')).toEqual({ state: DEFAULT_VIEW_STATE, ignored: [] });
    expect(parse('?embed=true').ignored).toEqual([{ param: 'embed', reason: 'expected 1: true' }]);
  });

  it('requires v to be a short lower-case version', () => {
    expect(parse('?v=2024a').state.v).toBe('2024a');
    expect(parse('?v=ABC').ignored).toEqual([{ param: 'v', reason: 'not a corpus version: ABC' }]);
    expect(parse(`?v=${'a'.repeat(17)}`).state.v).toBeNull();
  });

  describe('#map=ZOOM/LAT/LNG', () => {
    it('reads and rounds an OSM-style hash, with or without #', () => {
      expect(parse('', '#map=5/51.50512/-0.09').state.map).toEqual({ zoom: 5, lat: 51.505, lng: -0.09 });
      expect(parse('', 'map=12.5/1/2').state.map).toEqual({ zoom: 12.5, lat: 1, lng: 2 });
      expect(parse('', '#map=0/0/0&layers=C').state.map).toEqual({ zoom: 0, lat: 0, lng: 0 });
    });

    it.each([
      ['20/0/0', 'zoom out of range 0–19: 20'],
      ['-1/0/0', 'zoom out of range 0–19: -1'],
      ['5/90.5/0', 'latitude out of range: 90.5'],
      ['5/0/-181', 'longitude out of range: -181'],
      ['5/NaN/0', 'expected zoom/lat/lng: 5/NaN/0'],
      ['5/Infinity/0', 'expected zoom/lat/lng: 5/Infinity/0'],
      ['5/1e2/0', 'expected zoom/lat/lng: 5/1e2/0'],
      ['5/0', 'expected zoom/lat/lng: 5/0'],
      ['5/0/0/0', 'expected zoom/lat/lng: 5/0/0/0'],
      ['a/b/c', 'expected zoom/lat/lng: a/b/c'],
    ])('rejects map=%s', (value, reason) => {
      expect(parse('', `#map=${value}`)).toEqual({
        state: DEFAULT_VIEW_STATE,
        ignored: [{ param: 'map', reason }],
      });
    });

    it('ignores other hashes silently', () => {
      expect(parse('', '#section-2')).toEqual({ state: DEFAULT_VIEW_STATE, ignored: [] });
    });
  });

  describe('hostile input', () => {
    it('survives malformed percent-encoding', () => {
      expect(() => parse('?q=%E0%A4%A&topics=%&from=%zz', '#map=%E0%A4%A')).not.toThrow();
      expect(parse('?q=%E0%A4%A').state.q).toBe('\uFFFD%A');
    });

    it('quotes at most 40 characters of a raw value, without control characters', () => {
      const raw = `<script>\u0000\u001b[31m${'a'.repeat(100)}`;
      const { ignored } = parse(`?event=${encodeURIComponent(raw)}`);
      expect(ignored).toEqual([
        { param: 'event', reason: `unknown event id: <script>[31m${'a'.repeat(28)}…` },
      ]);
    });

    it('treats script and javascript: values as plain unknown text', () => {
      expect(parse('?event=javascript:alert(1)').ignored).toEqual([
        { param: 'event', reason: 'unknown event id: javascript:alert(1)' },
      ]);
      expect(parse('?q=<script>alert(1)</script>').state.q).toBe('<script>alert(1)</script>');
    });
  });
});

describe('describeIgnored', () => {
  it('is empty when nothing was ignored', () => {
    expect(describeIgnored([])).toBe('');
  });

  it('lists each ignored part in one sentence', () => {
    expect(
      describeIgnored([
        { param: 'from', reason: 'not a real date' },
        { param: 'topics', reason: 'unknown topic id: foo' },
      ]),
    ).toBe('Some parts of the link were ignored: from (not a real date), topics (unknown topic id: foo).');
  });

  it('stays short for many problems', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({
      param: 'topics',
      reason: `unknown topic id: t${i}`,
    }));
    expect(describeIgnored(many)).toMatch(/t5\) and 4 more\.$/);
  });
});

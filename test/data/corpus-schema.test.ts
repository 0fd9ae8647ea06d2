// data/corpus.json against data/corpus.schema.json, with a standard draft 2020-12 validator (ajv 8),
// so the published schema and the shipped corpus cannot drift apart.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

type Json = Record<string, unknown>;

function readJson(path: string): Json {
  return JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as Json;
}

const schema = readJson('data/corpus.schema.json');
const corpus = readJson('data/corpus.json');

// strict: unknown keywords or formats in the schema are errors, not silently ignored. The formats plugin is
// loaded so a `format` keyword would be checked here, but the schema avoids them (see the test below).
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

/** A deep copy of the corpus whose first event has been changed by `edit`. */
function withFirstEvent(edit: (event: Json) => void): Json {
  const copy = structuredClone(corpus);
  const events = copy.events as Json[];
  const first = events[0];
  if (!first) throw new Error('data/corpus.json has no events');
  edit(first);
  return copy;
}

function errorsOf(
  data: unknown,
): { instancePath: string; keyword: string; params: Record<string, unknown> }[] {
  return validate(data) ? [] : (validate.errors ?? []);
}

describe('data/corpus.json', () => {
  it('passes data/corpus.schema.json', () => {
    expect(errorsOf(corpus)).toEqual([]);
  });

  it('has at least one source, topic, actor and event', () => {
    for (const key of ['sources', 'topics', 'actors', 'events']) {
      expect((corpus[key] as unknown[]).length).toBeGreaterThan(0);
    }
  });
});

describe('data/corpus.schema.json', () => {
  // The README promises that a plain `ajv-cli --spec=draft2020` run needs no format plugin.
  it('uses no format keywords', () => {
    expect(JSON.stringify(schema)).not.toContain('"format"');
  });
});

describe('data/corpus.schema.json rejects', () => {
  it('a date that is not YYYY, YYYY-MM or YYYY-MM-DD', () => {
    const errors = errorsOf(
      withFirstEvent((e) => {
        e.time = { start: '14 Nov 2008', precision: 'day' };
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ instancePath: '/events/0/time/start', keyword: 'pattern' }),
    );
  });

  it('a date whose form does not match its precision', () => {
    const errors = errorsOf(
      withFirstEvent((e) => {
        e.time = { start: '2008-08-01', precision: 'month' };
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ instancePath: '/events/0/time/start', keyword: 'pattern' }),
    );
  });

  it('an unknown status', () => {
    const errors = errorsOf(
      withFirstEvent((e) => {
        e.status = 'rumoured';
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ instancePath: '/events/0/status', keyword: 'enum' }),
    );
  });

  it('an unknown place role', () => {
    const errors = errorsOf(
      withFirstEvent((e) => {
        e.places = [{ place: 'nice', role: 'host' }];
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ instancePath: '/events/0/places/0/role', keyword: 'enum' }),
    );
  });

  it('an event without sources', () => {
    const errors = errorsOf(
      withFirstEvent((e) => {
        delete e.sources;
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({
        instancePath: '/events/0',
        keyword: 'required',
        params: { missingProperty: 'sources' },
      }),
    );
  });

  it('an event with an empty source list', () => {
    const errors = errorsOf(
      withFirstEvent((e) => {
        e.sources = [];
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ instancePath: '/events/0/sources', keyword: 'minItems' }),
    );
  });

  it('an event with a property the format does not define', () => {
    const errors = errorsOf(
      withFirstEvent((e) => {
        e.location = 'Nice';
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({
        instancePath: '/events/0',
        keyword: 'additionalProperties',
        params: { additionalProperty: 'location' },
      }),
    );
  });

  it('a source URL that is not http(s)', () => {
    const copy = structuredClone(corpus);
    (copy.sources as Json[])[0] = { ...(copy.sources as Json[])[0], url: 'javascript:alert(1)' };
    expect(errorsOf(copy)).toContainEqual(
      expect.objectContaining({ instancePath: '/sources/0/url', keyword: 'pattern' }),
    );
  });

  it("a source without an outlet (an article's other fields may be absent, its outlet may not)", () => {
    const copy = structuredClone(corpus);
    const first = (copy.sources as Json[])[0] as Json;
    // An outlet named alone, as an imported row names it, is a source.
    (copy.sources as Json[])[0] = { id: first.id, outlet: 'Radio Dabanga', language: 'und' };
    expect(errorsOf(copy)).toEqual([]);
    (copy.sources as Json[])[0] = { id: first.id, headline: 'H', published: '2008-11-14', language: 'en' };
    expect(errorsOf(copy)).toContainEqual(
      expect.objectContaining({
        instancePath: '/sources/0',
        keyword: 'required',
        params: { missingProperty: 'outlet' },
      }),
    );
  });

  it('a topic colour that is not #rrggbb', () => {
    const copy = structuredClone(corpus);
    (copy.topics as Json[])[0] = { ...(copy.topics as Json[])[0], color: 'red' };
    expect(errorsOf(copy)).toContainEqual(
      expect.objectContaining({ instancePath: '/topics/0/color', keyword: 'pattern' }),
    );
  });
});

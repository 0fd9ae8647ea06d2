import { describe, expect, it } from 'vitest';
import {
  dataUrlFileName,
  isMappingComplete,
  isNameableOrigin,
  MAX_DATA_URL_LENGTH,
  parseDataUrl,
} from '../../src/core/data-url';

const PAGE = 'http://127.0.0.1:4173/?data=x';

describe('parseDataUrl', () => {
  it('is none when the link has no data', () => {
    expect(parseDataUrl(null, PAGE)).toEqual({ kind: 'none' });
    expect(parseDataUrl('  ', PAGE)).toEqual({ kind: 'none' });
  });

  it('resolves a relative address against the page: same origin, kept as written', () => {
    expect(parseDataUrl('shared/events.csv', PAGE)).toEqual({
      kind: 'url',
      raw: 'shared/events.csv',
      href: 'http://127.0.0.1:4173/shared/events.csv',
      origin: 'http://127.0.0.1:4173',
      host: '127.0.0.1:4173',
      sameOrigin: true,
    });
  });

  it('names another host, and treats another port or scheme as another origin', () => {
    const other = parseDataUrl('https://Example.ORG/data/acled.csv#frag', PAGE);
    expect(other).toMatchObject({
      kind: 'url',
      href: 'https://example.org/data/acled.csv',
      host: 'example.org',
      origin: 'https://example.org',
      sameOrigin: false,
    });
    expect(parseDataUrl('http://127.0.0.1:9999/x.csv', PAGE)).toMatchObject({ sameOrigin: false });
    expect(parseDataUrl('https://127.0.0.1:4173/x.csv', PAGE)).toMatchObject({ sameOrigin: false });
  });

  it.each([
    ['javascript:alert(1)', 'only http and https'],
    ['data:text/csv,date%0A2024-01-01', 'only http and https'],
    ['file:///etc/passwd', 'only http and https'],
    ['http://', 'not an address'],
    ['http://user:secret@example.org/x.csv', 'user name or password'],
    ['http://[::1]/x.csv', 'unusual host name'],
    [`https://example.org/${'a'.repeat(MAX_DATA_URL_LENGTH)}`, 'longer than'],
  ])('refuses %s with a notice naming why', (raw, why) => {
    const parsed = parseDataUrl(raw, PAGE);
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind === 'invalid') {
      expect(parsed.notice).toContain(why);
      expect(parsed.notice).toContain('showing the bundled corpus');
      expect(parsed.notice.length).toBeLessThan(200);
    }
  });

  it('never throws on hostile values', () => {
    for (const raw of ['%', '\u0000', '<script>', 'http://exa mple.org', '//', '?data=', 'http://a..b/']) {
      expect(() => parseDataUrl(raw, PAGE)).not.toThrow();
    }
  });
});

describe('isNameableOrigin (what may enter connect-src)', () => {
  it('accepts an http(s) origin and nothing that could add a directive or a wildcard', () => {
    expect(isNameableOrigin('https://example.org')).toBe(true);
    expect(isNameableOrigin('http://127.0.0.1:8080')).toBe(true);
    for (const bad of [
      'https://example.org; script-src *',
      'https://*.example.org',
      "'unsafe-inline'",
      'https:',
      'https://example.org/path',
      'ftp://example.org',
      'https://Example.org',
    ])
      expect(isNameableOrigin(bad)).toBe(false);
  });
});

describe('dataUrlFileName', () => {
  it('is the last path segment, decoded, or the host', () => {
    expect(dataUrlFileName('https://example.org/exports/ACLED%202024.csv?x=1')).toBe('ACLED 2024.csv');
    expect(dataUrlFileName('https://example.org/')).toBe('example.org');
    expect(dataUrlFileName('https://example.org/bad%E0%A4%A.csv')).toBe('bad%E0%A4%A.csv');
  });
});

describe('isMappingComplete', () => {
  it('needs a date (or start) and a location (lat + lon, place or country)', () => {
    expect(isMappingComplete({ date: 'd', lat: 'y', lon: 'x' })).toBe(true);
    expect(isMappingComplete({ start: 's', country: 'c' })).toBe(true);
    expect(isMappingComplete({ date: 'd', place: 'p' })).toBe(true);
    expect(isMappingComplete({ date: 'd', lat: 'y' })).toBe(false);
    expect(isMappingComplete({ lat: 'y', lon: 'x' })).toBe(false);
  });
});

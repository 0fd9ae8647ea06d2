// Reading a `?data=` address: the size limit (from Content-Length, and counted while streaming), HTTP
// errors and progress. Real Response objects over real streams stand in for the network.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadProgress } from '../../src/load/corpus-worker-client';
import { fetchDataText } from '../../src/load/load-data-url';

const SOURCE = { href: 'https://example.org/events.csv', host: 'example.org', fileName: 'events.csv' };
const encoder = new TextEncoder();

/** A body of `chunks` chunks of `size` bytes; counts how many chunks were pulled. */
function body(chunks: number, size: number) {
  const pulled = { count: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count === chunks) return controller.close();
      pulled.count += 1;
      controller.enqueue(encoder.encode('x'.repeat(size)));
    },
  });
  return { stream, pulled };
}

function answer(response: Response) {
  vi.stubGlobal('fetch', async () => response);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchDataText', () => {
  it('reads the whole body, reporting bytes as they arrive', async () => {
    const { stream } = body(3, 100);
    answer(new Response(stream, { headers: { 'content-length': '300' } }));
    const seen: LoadProgress[] = [];
    const read = await fetchDataText(SOURCE, undefined, (p) => seen.push(p), 1000);
    expect(read).toEqual({ ok: true, text: 'x'.repeat(300) });
    expect(seen.map((p) => [p.phase, p.done, p.total])).toEqual([
      ['downloading', 100, 300],
      ['downloading', 200, 300],
      ['downloading', 300, 300],
    ]);
  });

  it('refuses a body whose Content-Length is over the limit without reading it', async () => {
    const { stream, pulled } = body(5, 100);
    answer(new Response(stream, { headers: { 'content-length': String(5 * 1024 * 1024) } }));
    const read = await fetchDataText(SOURCE, undefined, undefined, 1024 * 1024);
    expect(read).toEqual({
      ok: false,
      error: 'Could not load events.csv from example.org: it is 5 MB; Dateline opens data up to 1 MB.',
    });
    expect(pulled.count).toBeLessThanOrEqual(1);
  });

  it('counts bytes when there is no Content-Length, and stops as soon as they pass the limit', async () => {
    const { stream, pulled } = body(100, 400);
    answer(new Response(stream));
    const read = await fetchDataText(SOURCE, undefined, undefined, 1000);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toContain('it is over 1 MB');
    expect(pulled.count).toBeLessThan(10);
  });

  it('names an HTTP error', async () => {
    answer(new Response('nope', { status: 404, statusText: 'Not Found' }));
    expect(await fetchDataText(SOURCE)).toEqual({
      ok: false,
      error: 'Could not load events.csv from example.org: the server answered 404 Not Found',
    });
  });

  it('a refused cross-origin read names the host and the header its server must send', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = await fetchDataText(SOURCE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(
      /^Could not load events\.csv from example\.org: example\.org did not answer/,
    );
    expect(result.error).toContain('Access-Control-Allow-Origin');
  });

  it('any other failure keeps its own words', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new RangeError('odd');
    });
    expect(await fetchDataText(SOURCE)).toEqual({
      ok: false,
      error: 'Could not load events.csv from example.org: odd',
    });
  });

  it('decodes UTF-8 split across chunks', async () => {
    const bytes = encoder.encode('title\nGdańsk');
    const cut = bytes.indexOf(0xc5) + 1; // inside "ń"
    answer(
      new Response(
        new ReadableStream({
          start(c) {
            c.enqueue(bytes.slice(0, cut));
            c.enqueue(bytes.slice(cut));
            c.close();
          },
        }),
      ),
    );
    expect(await fetchDataText(SOURCE)).toEqual({ ok: true, text: 'title\nGdańsk' });
  });
});

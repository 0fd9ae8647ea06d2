// The build's precompressed copies (scripts/precompressed.ts): the preview server sends a large asset's
// gzip -9 copy to a client that accepts gzip, with the page's headers, and the file itself to one that
// does not; either way the client reads the same bytes.
import { readdirSync, readFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { baseUrl } from './browser';

const gazetteer = readdirSync('dist/assets').find((f) => /^gazetteer-.*\.json$/.test(f)) ?? '';

function fetchRaw(path: string, encoding: string): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(baseUrl(path), { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

describe('precompressed assets', () => {
  it('sends the gazetteer gzipped from its build-time copy, with the page headers', async () => {
    expect(gazetteer).not.toBe('');
    const file = readFileSync(`dist/assets/${gazetteer}`);
    const copy = readFileSync(`dist/assets/${gazetteer}.gz`);
    const { headers, body } = await fetchRaw(`assets/${gazetteer}`, 'gzip, deflate, br');
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['content-type']).toBe('application/json');
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    // The build's copy as it is (gzip -9), not compressed again on the way out.
    expect(body.equals(copy)).toBe(true);
    expect(gunzipSync(body).equals(file)).toBe(true);
  });

  it('sends the file itself to a client that does not accept gzip', async () => {
    const file = readFileSync(`dist/assets/${gazetteer}`);
    const { headers, body } = await fetchRaw(`assets/${gazetteer}`, 'identity');
    expect(headers['content-encoding']).toBeUndefined();
    expect(body.equals(file)).toBe(true);
  });
});

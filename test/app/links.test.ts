// Where an import goes: its own default view, or, for the recipient of a link to a dataset this browser
// did not have, that link's view on the file they have just opened.
import { describe, expect, it } from 'vitest';
import { afterImportUrl } from '../../src/app/links';

const link = { pathname: '/app/', search: '?ds=dold1&v=abc123&q=Khartoum', hash: '#map=6/15.500/32.500' };

describe('afterImportUrl', () => {
  it('opens a fresh import in its default view', () => {
    expect(afterImportUrl(link, 'dnew2', false)).toBe('/app/?ds=dnew2');
  });

  it("keeps a shared link's view, filters and version on the recipient's copy of the file", () => {
    expect(afterImportUrl(link, 'dnew2', true)).toBe(
      '/app/?ds=dnew2&v=abc123&q=Khartoum#map=6/15.500/32.500',
    );
  });

  it('writes a dataset id that needs escaping safely, and a link with nothing else', () => {
    expect(afterImportUrl({ pathname: '/', search: '?ds=x', hash: '' }, 'a&b', true)).toBe('/?ds=a%26b');
  });
});

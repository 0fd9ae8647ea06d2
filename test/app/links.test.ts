// @vitest-environment jsdom
// Where an import goes: its own default view, or, for the recipient of a link to a dataset this browser
// did not have, that link's view on the file they have just opened.
import { describe, expect, it } from 'vitest';
import { afterImportUrl, viewLink } from '../../src/app/links';
import { DEFAULT_VIEW_STATE } from '../../src/core/url';

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

describe('viewLink', () => {
  it('writes the version, and leaves out one not known yet rather than an empty v=', () => {
    expect(viewLink(DEFAULT_VIEW_STATE, 'abc123', {}, 'd1')).toContain('?ds=d1&v=abc123');
    const unknown = viewLink(DEFAULT_VIEW_STATE, '', {}, 'd1');
    expect(unknown).toContain('?ds=d1');
    expect(unknown).not.toContain('v=');
  });
});

// The page's policy is written by a boot script (csp.js) from the stored hosts: it must say exactly what
// contentSecurityPolicy(hosts) says, and a tampered store must not add anything but valid origins.
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, contentSecurityPolicyBound, cspBootScript } from '../../src/app/csp';
import { DATA_HOSTS_KEY } from '../../src/core/data-url';

/** Runs the boot script against a stored value and returns the policy it wrote. */
function runBoot(stored: string | null): string {
  const head: { content?: string }[] = [];
  const document = {
    createElement: () => ({ setAttribute() {} }),
    head: { appendChild: (m: { content?: string }) => head.push(m) },
  };
  const localStorage = { getItem: (key: string) => (key === DATA_HOSTS_KEY ? stored : null) };
  new Function('document', 'localStorage', cspBootScript())(document, localStorage);
  expect(head).toHaveLength(1);
  return head[0]?.content ?? '';
}

describe('the page policy', () => {
  it('is the strict policy when no host was confirmed, or the store is garbled', () => {
    for (const stored of [null, '', 'not json', '{"a":1}', '[1,2]'])
      expect(runBoot(stored)).toBe(contentSecurityPolicy());
    expect(contentSecurityPolicy()).toMatch(/(^|; )connect-src 'self'(;|$)/);
  });

  it('adds the confirmed origins to connect-src, sorted, once each — the same as contentSecurityPolicy', () => {
    const hosts = ['https://b.example', 'http://a.test:8080', 'https://b.example'];
    const written = runBoot(JSON.stringify(hosts));
    expect(written).toBe(contentSecurityPolicy(hosts));
    expect(written).toMatch(/(^|; )connect-src 'self' http:\/\/a\.test:8080 https:\/\/b\.example(;|$)/);
  });

  it('drops a stored value that would add a directive or a wildcard', () => {
    const hostile = [
      "https://x.test; script-src 'unsafe-inline'",
      '*',
      'https:',
      "'unsafe-eval'",
      'https://ok.test',
    ];
    const written = runBoot(JSON.stringify(hostile));
    expect(written).toBe(contentSecurityPolicy(['https://ok.test']));
    expect(written).not.toContain('unsafe');
    expect(contentSecurityPolicy(hostile)).toBe(written);
  });

  it('differs from the outer bound only in connect-src', () => {
    const strip = (p: string) => p.replace(/connect-src [^;]*/, '');
    expect(strip(contentSecurityPolicyBound())).toBe(strip(contentSecurityPolicy(['https://x.test'])));
    expect(contentSecurityPolicyBound()).toMatch(/(^|; )connect-src 'self' https: http:(;|$)/);
  });
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { acceptableExtraOrigin, externalHosts, isAllowedExternalUrl, isAppUrl } from '../../../electron/main/url-policy';
import { navigationVerdict } from '../../../electron/main/web-contents-guards';

const hostile = [
  'https://example.com.attacker.com/',
  'https://pinterest.com.attacker.com/',
  'https://attacker.com/pinterest.com',
  'https://attacker.com/?u=https://pinterest.com',
  'https://pinterest.com@attacker.com/',
  'https://user:pw@www.pinterest.com/',
  'https://www.pinterest.com:8443/',
  'http://www.pinterest.com/',
  'javascript:alert(document.domain)',
  'JaVaScRiPt:alert(1)',
  'file:///etc/passwd',
  'file://www.pinterest.com/etc/passwd',
  'smb://attacker/share',
  'ms-msdt:/id PCWDiagnostic',
  'data:text/html,<script>alert(1)</script>',
  'app://bundle/index.html',
  'https://www.pinterest.com.',
  'https://xn--pnterest-5za.com/', // pïnterest.com
  'https://pіnterest.com/', // Cyrillic i
  'https://www.pinterest.co/',
  'https://evilpinterest.com/',
  '//www.pinterest.com/',
  '',
  'not a url',
];

describe('isAllowedExternalUrl', () => {
  it.each([...externalHosts].map((h) => `https://${h}/some/page?q=1#frag`))('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each(hostile)('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('allows an extra origin only exactly', () => {
    const extra = new Set([acceptableExtraOrigin('http://127.0.0.1:4567/oauth/')!]);
    expect(isAllowedExternalUrl('http://127.0.0.1:4567/oauth/?client_id=1', extra)).toBe(true);
    expect(isAllowedExternalUrl('http://127.0.0.1:4568/oauth/', extra)).toBe(false);
    expect(acceptableExtraOrigin('http://192.168.0.2/oauth')).toBeNull();
    expect(acceptableExtraOrigin('file:///x')).toBeNull();
    expect(acceptableExtraOrigin('https://a:b@sso.example.com/')).toBeNull();
    expect(acceptableExtraOrigin('https://sso.example.com/authorize')).toBe('https://sso.example.com');
  });

  test.prop([fc.string()], { numRuns: 10_000 })('arbitrary strings pass only when https with an allowlisted host', (text) => {
    if (isAllowedExternalUrl(text)) {
      const url = new URL(text);
      expect(url.protocol).toBe('https:');
      expect(externalHosts.has(url.hostname)).toBe(true);
    }
  });

  test.prop([fc.webUrl({ withQueryParameters: true, withFragments: true })], { numRuns: 10_000 })(
    'web URLs pass only for allowlisted hosts over https',
    (url) => {
      const parsed = new URL(url);
      const expected = parsed.protocol === 'https:' && externalHosts.has(parsed.hostname) && parsed.port === '' && !parsed.username && !parsed.password;
      expect(isAllowedExternalUrl(url)).toBe(expected);
    },
  );

  test.prop([fc.constantFrom('file:', 'smb:', 'ms-msdt:', 'javascript:', 'data:', 'vbscript:', 'http:', 'ftp:'), fc.string()])(
    'refuses every dangerous scheme whatever follows',
    (scheme, rest) => {
      expect(isAllowedExternalUrl(`${scheme}//www.pinterest.com/${rest}`)).toBe(false);
      expect(isAllowedExternalUrl(`${scheme}${rest}`)).toBe(false);
    },
  );
});

describe('isAppUrl and navigation', () => {
  it.each(['app://bundle/index.html', 'app://bundle/', 'app://bundle/assets/x.js?x=1#y'])('treats %s as the app', (url) => {
    expect(isAppUrl(url)).toBe(true);
    expect(navigationVerdict(url)).toBe('allow');
  });

  it.each([
    'app://bundle.attacker/index.html',
    'app://attacker/index.html',
    'app://bundle@attacker/index.html',
    'app://user@bundle/index.html',
    'apps://bundle/index.html',
    'file:///etc/passwd',
    'https://example.com.attacker.com/',
    'javascript:location="app://bundle/"',
    'http://127.0.0.1:5173/',
    'about:blank',
  ])('denies navigation to %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
    expect(navigationVerdict(url)).toBe('deny');
  });

  it('sends allowlisted links to the system browser instead of navigating', () => {
    expect(navigationVerdict('https://help.pinterest.com/en/article')).toBe('external');
  });

  test.prop([fc.string()])('only app:// URLs are ever allowed', (text) => {
    // The URL parser drops leading C0 controls and spaces, so compare after doing the same.
    let start = 0;
    while (start < text.length && text.charCodeAt(start) <= 0x20) start++;
    const trimmed = text.slice(start).toLowerCase();
    if (navigationVerdict(text) === 'allow') expect(trimmed.startsWith('app://bundle')).toBe(true);
  });
});

import { isOriginAllowed } from './origin-policy';

describe('isOriginAllowed', () => {
  const allowlist = ['https://partner.example.org'];

  it('allows the server’s own origin', () => {
    expect(isOriginAllowed('http://localhost:3000', 'localhost:3000', allowlist)).toBe(true);
  });

  it('allows an origin on the allowlist', () => {
    expect(isOriginAllowed('https://partner.example.org', 'thb.example.eu', allowlist)).toBe(true);
  });

  it('refuses any other origin, including look-alikes', () => {
    expect(isOriginAllowed('https://evil.example.com', 'thb.example.eu', allowlist)).toBe(false);
    expect(isOriginAllowed('https://partner.example.org.evil.com', 'thb.example.eu', allowlist)).toBe(false);
    expect(isOriginAllowed('http://partner.example.org', 'thb.example.eu', allowlist)).toBe(false);
    expect(isOriginAllowed('null', 'thb.example.eu', allowlist)).toBe(false);
  });

  it('allows requests without an Origin (non-browser clients, same-origin navigations)', () => {
    expect(isOriginAllowed(undefined, 'thb.example.eu', allowlist)).toBe(true);
  });
});

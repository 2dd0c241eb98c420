/**
 * Whether a browser request from `origin` may use the API or open a socket. Same-origin requests (the built
 * client served by this server) are always allowed; other origins only when listed in CORS_ORIGINS.
 * A missing Origin header means a same-origin navigation or a non-browser client, which cannot be used for
 * cross-site WebSocket hijacking; those still need a valid token wherever authentication applies.
 */
export function isOriginAllowed(origin: string | undefined, host: string | undefined, allowlist: readonly string[]) {
  if (origin === undefined) {
    return true;
  }
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (host !== undefined && parsed.host === host) {
    return true;
  }
  return allowlist.includes(parsed.origin);
}

import { sanitizeLine } from '../sanitize.js';

/** What kind of failure a FetchError reports, for callers that branch on it. */
export type FetchErrorKind =
  | 'http'
  | 'timeout'
  | 'aborted'
  | 'too-large'
  | 'redirect'
  | 'network'
  | 'dns'
  | 'tls'
  | 'unsupported-url';

/** A fetch that failed, with a one-line message a user can act on (already sanitised). */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  readonly kind: FetchErrorKind;
  /** The URL being fetched when it failed (the last hop of a redirect chain). */
  readonly url: string;
  /** The HTTP status, for `kind: 'http'`. */
  readonly status?: number;
  /** Seconds the server asked us to wait (Retry-After), when it said. */
  readonly retryAfterSeconds?: number;
  /** The underlying error code (ECONNREFUSED, ENOTFOUND, CERT_HAS_EXPIRED, …), when there is one. */
  readonly code?: string;

  constructor(
    message: string,
    details: {
      readonly kind: FetchErrorKind;
      readonly url: string;
      readonly status?: number;
      readonly retryAfterSeconds?: number;
      readonly code?: string;
      readonly cause?: unknown;
    },
  ) {
    super(sanitizeLine(message), details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = details.kind;
    this.url = details.url;
    if (details.status !== undefined) this.status = details.status;
    if (details.retryAfterSeconds !== undefined) this.retryAfterSeconds = details.retryAfterSeconds;
    if (details.code !== undefined) this.code = details.code;
  }
}

interface ErrnoLike {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly address?: unknown;
  readonly port?: unknown;
  readonly hostname?: unknown;
  readonly cause?: unknown;
  readonly errors?: unknown;
}

const TLS_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'EPROTO',
]);

/** The innermost error that carries a code: undici wraps socket errors as `TypeError('fetch failed', { cause })`. */
function rootCause(error: unknown): ErrnoLike | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const e = current as ErrnoLike;
    if (typeof e.code === 'string' && !e.code.startsWith('ABORT')) return e;
    // Happy-eyeballs connects fail with an AggregateError holding one error per address.
    if (Array.isArray(e.errors) && e.errors.length > 0) {
      current = e.errors[0];
      continue;
    }
    if (e.cause === undefined) return e;
    current = e.cause;
  }
  return current && typeof current === 'object' ? (current as ErrnoLike) : undefined;
}

/** Turns an error thrown by undici's fetch (or its body stream) into a FetchError with an actionable message. */
export function networkError(error: unknown, url: string): FetchError {
  if (error instanceof FetchError) return error;
  const cause = rootCause(error);
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  const host = safeHost(url);
  const where =
    typeof cause?.address === 'string' && cause.port !== undefined ? `${cause.address}:${cause.port}` : host;
  const details = { url, cause: error, ...(code ? { code } : {}) };
  switch (code) {
    case 'ECONNREFUSED':
      return new FetchError(`connection refused (${where})`, { kind: 'network', ...details });
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NODATA':
      return new FetchError(`DNS lookup failed for host ${hostnameOf(url)}`, { kind: 'dns', ...details });
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
      return new FetchError(`connection closed by ${host} before the response was complete`, {
        kind: 'network',
        ...details,
      });
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return new FetchError(`could not connect to ${host} (timed out)`, { kind: 'network', ...details });
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new FetchError(`host ${host} is unreachable`, { kind: 'network', ...details });
    default:
      break;
  }
  const message = typeof cause?.message === 'string' ? cause.message : String(error);
  if (code?.startsWith('Z_')) {
    return new FetchError(`${host} sent a body that could not be decompressed (${message})`, {
      kind: 'network',
      ...details,
    });
  }
  if (code && (TLS_CODES.has(code) || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL'))) {
    return new FetchError(`TLS certificate problem with ${host}: ${message}`, { kind: 'tls', ...details });
  }
  if (message === 'bad port') {
    return new FetchError(`port ${portOf(url)} is blocked for fetching (${host})`, {
      kind: 'network',
      ...details,
    });
  }
  return new FetchError(`request to ${host} failed: ${code ? `${code} ` : ''}${message}`, {
    kind: 'network',
    ...details,
  });
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

function portOf(url: string): string {
  try {
    const u = new URL(url);
    return u.port || (u.protocol === 'https:' ? '443' : '80');
  } catch {
    return '?';
  }
}

/** "10 MB", "512 KB", "300 bytes": sizes in error messages. */
export function formatBytes(bytes: number): string {
  const MB = 1024 * 1024;
  if (bytes >= MB) return `${trimNumber(bytes / MB)} MB`;
  if (bytes >= 1024) return `${trimNumber(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** "20 s", "0.5 s": durations in error messages. */
export function formatSeconds(ms: number): string {
  return `${trimNumber(ms / 1000)} s`;
}

function trimNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, '');
}

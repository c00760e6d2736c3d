import { safeHttpUrl, sanitizeLine } from '../sanitize.js';
import { USER_AGENT } from '../version.js';
import { readCappedBody, type TooLargePolicy } from './body.js';
import { FetchError, formatSeconds, networkError } from './errors.js';
import { httpError } from './http-error.js';
import type { HttpResponse, Transport } from './response.js';
import { fetchTransport } from './transport-fetch.js';
import { nodeTransport } from './transport-node.js';

export type { TooLargePolicy } from './body.js';
export { FetchError, type FetchErrorKind } from './errors.js';
export { closeIdleConnections } from './transport-node.js';

/** Feeds are small; a slow or huge answer is a broken server, not a feed worth waiting for. */
export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** Browsers allow 20; feeds that need more than 5 hops are misconfigured, and each hop costs a round trip. */
export const MAX_REDIRECTS = 5;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * How requests go out. 'node' (node:http/https + node:zlib) is the default: undici's fetch behaves the
 * same but costs about 0.3 s more CPU per command just to load (measured with bench/refresh.mjs), which
 * is a third of the all-304 refresh budget.
 */
export type TransportName = 'node' | 'fetch';
const TRANSPORTS: Readonly<Record<TransportName, Transport>> = { node: nodeTransport, fetch: fetchTransport };

export interface FetchOptions {
  /** Validators stored from the last fetch: sent as If-None-Match / If-Modified-Since. */
  readonly etag?: string;
  readonly lastModified?: string;
  /** Total deadline for the whole request, redirects and body included (default 20 s). */
  readonly timeoutMs?: number;
  /** Cap on the decoded body (default 10 MB). */
  readonly maxBytes?: number;
  /** What to do past the cap: 'error' (default, for feeds) or 'truncate' (keep the first maxBytes). */
  readonly onTooLarge?: TooLargePolicy;
  /** Accept header (default any type). */
  readonly accept?: string;
  /** Cancels the request; the promise then rejects with a FetchError of kind 'aborted'. */
  readonly signal?: AbortSignal;
  /** User-Agent header (default `newsink/<version>`). */
  readonly userAgent?: string;
  /** 'node' (default) or 'fetch' (undici); both follow the same rules. */
  readonly transport?: TransportName;
}

export interface FetchResult {
  readonly status: 200 | 304;
  /** The final URL after redirects. */
  readonly url: string;
  /** The decoded body (Content-Encoding already undone); empty on 304. */
  readonly bytes: Uint8Array;
  readonly contentType?: string;
  /** Validators to send next time (on a 304 without its own, the ones that were sent). */
  readonly etag?: string;
  readonly lastModified?: string;
  /** True when the body was cut at maxBytes (only with onTooLarge: 'truncate'). */
  readonly truncated: boolean;
}

/**
 * GETs an http(s) URL with conditional validators, manual redirects (at most 5, loops detected),
 * gzip/deflate/br decoding, a total deadline and a streaming body cap.
 * Resolves with status 200 (body read) or 304 (not modified); every failure rejects with a FetchError
 * whose message is one sanitised line a user can act on ("HTTP 404 Not Found", "timed out after 20 s").
 */
export async function fetchResource(url: string, opts: FetchOptions = {}): Promise<FetchResult> {
  const start = safeHttpUrl(url);
  if (!start) {
    throw new FetchError('only http(s) URLs can be fetched', {
      kind: 'unsupported-url',
      url: sanitizeLine(url),
    });
  }
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const cancel = (): void => controller.abort();
  opts.signal?.addEventListener('abort', cancel, { once: true });
  const state = { url: start };
  try {
    if (opts.signal?.aborted) controller.abort();
    return await fetchFollowingRedirects(state, requestHeaders(opts), controller.signal, opts);
  } catch (error) {
    if (timedOut) {
      throw new FetchError(`timed out after ${formatSeconds(timeoutMs)}`, {
        kind: 'timeout',
        url: state.url,
      });
    }
    if (opts.signal?.aborted) throw new FetchError('request cancelled', { kind: 'aborted', url: state.url });
    throw networkError(error, state.url);
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', cancel);
  }
}

function requestHeaders(opts: FetchOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': opts.userAgent ?? USER_AGENT,
    accept: opts.accept ?? '*/*',
    // undici only advertises br over https by default, but decodes it on any scheme.
    'accept-encoding': 'gzip, deflate, br',
  };
  const etag = sanitizeLine(opts.etag);
  const lastModified = sanitizeLine(opts.lastModified);
  if (etag) headers['if-none-match'] = etag;
  if (lastModified) headers['if-modified-since'] = lastModified;
  return headers;
}

async function fetchFollowingRedirects(
  state: { url: string },
  headers: Record<string, string>,
  signal: AbortSignal,
  opts: FetchOptions,
): Promise<FetchResult> {
  const send = TRANSPORTS[opts.transport ?? 'node'];
  const visited = new Set<string>([state.url]);
  for (let hops = 0; ; hops++) {
    const res = await send(state.url, headers, signal);
    if (REDIRECT_STATUSES.has(res.status)) {
      await res.cancel();
      const next = redirectTarget(res, state.url);
      if (visited.has(next)) {
        throw new FetchError(`redirect loop at ${next}`, { kind: 'redirect', url: state.url });
      }
      if (hops >= MAX_REDIRECTS) {
        throw new FetchError(`too many redirects (more than ${MAX_REDIRECTS})`, {
          kind: 'redirect',
          url: state.url,
        });
      }
      visited.add(next);
      state.url = next;
      continue;
    }
    if (res.status === 304) {
      await res.cancel();
      return {
        status: 304,
        url: state.url,
        bytes: new Uint8Array(0),
        ...validators(res, opts),
        truncated: false,
      };
    }
    if (res.status < 200 || res.status > 299) throw await httpError(res, state.url);
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    const body = await readCappedBody(res, state.url, maxBytes, opts.onTooLarge ?? 'error');
    const contentType = sanitizeLine(res.header('content-type'));
    return {
      status: 200,
      url: state.url,
      bytes: body.bytes,
      ...(contentType ? { contentType } : {}),
      ...validators(res),
      truncated: body.truncated,
    };
  }
}

/** The next hop of a redirect: Location resolved against the current URL, http(s) only. */
function redirectTarget(res: HttpResponse, from: string): string {
  const location = res.header('location');
  if (!location) {
    throw new FetchError(`HTTP ${res.status} redirect without a Location header`, {
      kind: 'redirect',
      url: from,
    });
  }
  const next = safeHttpUrl(location, from);
  if (!next) {
    throw new FetchError(`redirect to a non-http(s) URL (${location})`, { kind: 'redirect', url: from });
  }
  return next;
}

function validators(res: HttpResponse, sent?: FetchOptions): { etag?: string; lastModified?: string } {
  const etag = sanitizeLine(res.header('etag')) || sanitizeLine(sent?.etag);
  const lastModified = sanitizeLine(res.header('last-modified')) || sanitizeLine(sent?.lastModified);
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

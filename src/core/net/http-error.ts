import { STATUS_CODES } from 'node:http';
import { sanitizeLine } from '../sanitize.js';
import { FetchError } from './errors.js';
import type { HttpResponse } from './response.js';

// A short plain-text body often says why ("database is down"); more than this is noise in a status line.
const MAX_DETAIL_BYTES = 2048;
const MAX_DETAIL_CHARS = 120;

/**
 * The FetchError for a non-2xx, non-304 response: "HTTP 503 Service Unavailable (retry after 120 s)",
 * plus the first line of a short text/plain body when the server gave one.
 */
export async function httpError(
  res: HttpResponse,
  url: string,
  now: number = Date.now(),
): Promise<FetchError> {
  const reason = sanitizeLine(res.statusText) || STATUS_CODES[res.status] || '';
  const retryAfterSeconds = parseRetryAfter(res.header('retry-after') ?? null, now);
  const detail = await plainTextDetail(res);
  let message = `HTTP ${res.status}${reason ? ` ${reason}` : ''}`;
  if (detail && detail.toLowerCase() !== reason.toLowerCase()) message += `: ${detail}`;
  if (retryAfterSeconds !== undefined) message += ` (retry after ${retryAfterSeconds} s)`;
  return new FetchError(message, {
    kind: 'http',
    url,
    status: res.status,
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  });
}

/** Retry-After as whole seconds from now: either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

async function plainTextDetail(res: HttpResponse): Promise<string | undefined> {
  const type = res.header('content-type') ?? '';
  if (!/^text\/plain\b/i.test(type)) {
    await res.cancel();
    return undefined;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < MAX_DETAIL_BYTES) {
      const value = await res.read();
      if (value === undefined) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    // The status line alone is still worth reporting.
  } finally {
    await res.cancel();
  }
  const text = Buffer.concat(chunks).subarray(0, MAX_DETAIL_BYTES).toString('utf8');
  const firstLine = sanitizeLine(text.split(/\r?\n/).find((line) => line.trim()) ?? '');
  if (!firstLine) return undefined;
  return firstLine.length > MAX_DETAIL_CHARS ? `${firstLine.slice(0, MAX_DETAIL_CHARS - 1)}…` : firstLine;
}

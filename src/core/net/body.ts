import { FetchError, formatBytes } from './errors.js';
import type { HttpResponse } from './response.js';

/** What to do when a body is larger than the cap: fail (feeds) or keep the first `maxBytes` (pages). */
export type TooLargePolicy = 'error' | 'truncate';

export interface CappedBody {
  readonly bytes: Uint8Array;
  readonly truncated: boolean;
}

/**
 * Reads a response body as a stream, never holding more than `maxBytes` of it: at the cap the stream
 * is cancelled (which closes the connection) and the read either fails or returns what fits.
 */
export async function readCappedBody(
  res: HttpResponse,
  url: string,
  maxBytes: number,
  onTooLarge: TooLargePolicy,
): Promise<CappedBody> {
  const declared = Number(res.header('content-length'));
  // Content-Length counts encoded bytes, so it can only prove a body too large when nothing decodes it.
  if (onTooLarge === 'error' && !res.header('content-encoding') && declared > maxBytes) {
    await res.cancel();
    throw tooLarge(url, maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const value = await res.read();
    if (value === undefined) break;
    if (size + value.byteLength > maxBytes) {
      await res.cancel();
      if (onTooLarge === 'error') throw tooLarge(url, maxBytes);
      chunks.push(value.subarray(0, maxBytes - size));
      size = maxBytes;
      truncated = true;
      break;
    }
    chunks.push(value);
    size += value.byteLength;
  }
  return { bytes: concat(chunks, size), truncated };
}

function tooLarge(url: string, maxBytes: number): FetchError {
  return new FetchError(`response larger than ${formatBytes(maxBytes)}`, { kind: 'too-large', url });
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 0) return new Uint8Array(0);
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * The little of an HTTP response that fetchResource needs, so that it can sit on either transport
 * (node:http or undici's fetch) with the same redirect, cap, deadline and error rules.
 */
export interface HttpResponse {
  readonly status: number;
  readonly statusText: string;
  /** A response header (case-insensitive name), repeated values joined with ", ". */
  header(name: string): string | undefined;
  /** The next chunk of the decoded body (Content-Encoding undone), or undefined at its end. */
  read(): Promise<Uint8Array | undefined>;
  /** Stops reading and closes the connection; never throws. */
  cancel(): Promise<void>;
}

/** Sends one GET (no redirect following) and resolves once the status and headers are in. */
export type Transport = (
  url: string,
  headers: Readonly<Record<string, string>>,
  signal: AbortSignal,
) => Promise<HttpResponse>;

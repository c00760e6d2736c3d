import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

export interface Fetched {
  readonly status: number;
  readonly headers: Headers;
  readonly bytes: Uint8Array;
}

/** GET on the loopback demo server, with the body as raw bytes. */
export async function get(url: string, headers: Record<string, string> = {}): Promise<Fetched> {
  const res = await fetch(url, { headers });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

export function gunzip(bytes: Uint8Array): string {
  return gunzipSync(bytes).toString('utf8');
}

export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Hrefs of the links a page presents as related: its related box and its inline "read also" paragraphs. */
export function relatedHrefs(doc: Document, readAlsoLabel: string): string[] {
  const boxed = [...doc.querySelectorAll('.related-stories a, .jp-relatedposts a')];
  const inline = [...doc.querySelectorAll('p')]
    .filter((p) => p.querySelector('strong')?.textContent?.trim() === readAlsoLabel)
    .flatMap((p) => [...p.querySelectorAll('a')]);
  return [...boxed, ...inline].map((a) => a.getAttribute('href') ?? '');
}

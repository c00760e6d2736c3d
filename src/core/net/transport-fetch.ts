import type { Transport } from './response.js';

/**
 * GET through undici's global fetch, which decodes gzip, deflate (zlib or raw) and br itself.
 * Costs about 0.3 s of CPU to load in a fresh process (bench/refresh.mjs), hence not the default.
 */
export const fetchTransport: Transport = async (url, headers, signal) => {
  const res = await fetch(url, { headers, signal, redirect: 'manual' });
  const reader = res.body?.getReader();
  return {
    status: res.status,
    statusText: res.statusText,
    header: (name) => res.headers.get(name) ?? undefined,
    read: async () => {
      if (!reader) return undefined;
      const { done, value } = await reader.read();
      return done ? undefined : value;
    },
    // Cancelling the body makes undici close the connection instead of draining it.
    cancel: async () => {
      await reader?.cancel().catch(() => {});
    },
  };
};

import type { TransportName } from '../../../src/core/net/fetch.js';

/** Every fetch test runs on both transports: they must behave the same. */
export const TRANSPORTS: readonly TransportName[] = ['node', 'fetch'];

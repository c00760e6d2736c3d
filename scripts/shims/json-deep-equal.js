// Stands for node:assert in conf (scripts/build.mjs). conf calls assert.deepEqual once per file it
// opens, to learn whether the file lacks a default value; loading node:assert for it costs ~4 ms of
// every start (it loads its error, diff and call-tracking modules), and the values are JSON data.
// deepEqual here gives assert.deepEqual's answer (loose equality) for JSON data, and hands anything
// else (dates, maps, class instances…) to the real node:assert.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PLAIN = new Set([Object.prototype, Array.prototype, null]);

function isJsonObject(value) {
  return typeof value === 'object' && value !== null && PLAIN.has(Object.getPrototypeOf(value));
}

/**
 * true when the two are equal JSON data, false when they surely differ, undefined when the real
 * node:assert must judge (values that are not JSON data, and loose equality between different
 * primitives such as 1 and '1').
 */
function jsonEqual(a, b) {
  if (a === b) return true;
  const aObject = typeof a === 'object' && a !== null;
  const bObject = typeof b === 'object' && b !== null;
  if (aObject !== bObject) return false;
  if (!aObject || !isJsonObject(a) || !isJsonObject(b)) return undefined;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key)) return false;
    const same = jsonEqual(a[key], b[key]);
    if (same !== true) return same;
  }
  return true;
}

function deepEqual(actual, expected, message) {
  const same = jsonEqual(actual, expected);
  if (same === undefined) return require('node:assert').deepEqual(actual, expected, message);
  if (!same) require('node:assert').deepEqual(actual, expected, message);
}

export default { deepEqual };

/** Dates as feeds write them, which is often not as the specs say. */

// RFC 822 zone names plus the ones real feeds use; an unknown zone is read as UTC rather than rejected.
const ZONES: Readonly<Record<string, number>> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  BST: 60,
  IST: 330,
  CET: 60,
  MET: 60,
  CEST: 120,
  MEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  JST: 540,
  KST: 540,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Month abbreviations of feeds written in Portuguese, Spanish, French, German, Italian and Dutch
// (their RFC 822 dates are translated by the CMS): first three letters, lower case.
const LOCAL_MONTHS: Readonly<Record<string, number>> = {
  ene: 0,
  gen: 0,
  fev: 1,
  fév: 1,
  mär: 2,
  mrz: 2,
  abr: 3,
  avr: 3,
  mai: 4,
  mag: 4,
  mei: 4,
  giu: 5,
  lug: 6,
  ago: 7,
  aoû: 7,
  set: 8,
  okt: 9,
  out: 9,
  ott: 9,
  dez: 11,
  dic: 11,
  déc: 11,
};

function monthIndex(name: string): number {
  const lower = name.toLowerCase();
  if (lower.startsWith('juin')) return 5;
  if (lower.startsWith('juil')) return 6;
  const three = lower.slice(0, 3);
  const english = MONTHS.indexOf(three);
  return english >= 0 ? english : (LOCAL_MONTHS[three] ?? -1);
}

// Dates before this are placeholders (0, "1970-01-01") rather than real publication times.
const EARLIEST = Date.UTC(1980, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

function zoneOffsetMinutes(zone: string): number | undefined {
  const z = zone.trim().toUpperCase();
  if (!z) return 0;
  const numeric = /^(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?$/.exec(z);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  return ZONES[z.replace(/[^A-Z]/g, '')];
}

function build(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  offsetMinutes: number,
): number | undefined {
  if (mo < 0 || mo > 11 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return undefined;
  return Date.UTC(y, mo, d, h, mi, s) - offsetMinutes * 60_000;
}

const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|[A-Z]{1,5})?$/i;

function parseIso(s: string): number | undefined {
  const m = ISO.exec(s);
  if (!m) return undefined;
  const offset = m[7] ? zoneOffsetMinutes(m[7]) : 0;
  return build(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), offset ?? 0);
}

// "Tue, 02 Jan 2024 10:00:00 +0000", without the day name, with "Sept.", two-digit years or odd zones.
const RFC822 =
  /^(?:\p{L}+\.?,?\s*)?(\d{1,2})(?:st|nd|rd|th)?[\s-]+(\p{L}{3,})\.?,?[\s-]+(\d{2,4}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(.*)$/iu;

function parseRfc822(s: string): number | undefined {
  const m = RFC822.exec(s);
  if (!m) return undefined;
  const month = monthIndex(m[2]!);
  if (month < 0) return undefined;
  let year = +m[3]!;
  if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
  const offset = zoneOffsetMinutes(m[7]!.replace(/[()]/g, ' ').trim().split(/\s+/)[0] ?? '');
  return build(year, month, +m[1]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), offset ?? 0);
}

// "28-05-2010", "28.05.2010 14:00", and "28/05/2010" when the day cannot be a month.
const DAY_MONTH_YEAR = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function parseDayMonthYear(s: string): number | undefined {
  const m = DAY_MONTH_YEAR.exec(s);
  if (!m || (m[2] === '/' && Number(m[1]) <= 12)) return undefined;
  return build(+m[4]!, +m[3]! - 1, +m[1]!, +(m[5] ?? 0), +(m[6] ?? 0), +(m[7] ?? 0), 0);
}

// "2011年06月08日 星期三 下午 02:46": CJK dates; 下午/午後/오후 mark the afternoon.
const CJK =
  /^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?[^\d]*?(?:(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function parseCjk(s: string): number | undefined {
  const m = CJK.exec(s);
  if (!m) return undefined;
  let hour = +(m[4] ?? 0);
  if (/下午|午後|오후/.test(s) && hour < 12) hour += 12;
  return build(+m[1]!, +m[2]! - 1, +m[3]!, hour, +(m[5] ?? 0), +(m[6] ?? 0), 0);
}

function fromEpoch(n: number): number {
  // JSON feeds and some RSS give unix seconds; a value this large is already milliseconds.
  return Math.abs(n) < 1e11 ? n * 1000 : n;
}

/**
 * An ISO 8601 UTC timestamp for a date as a feed wrote it (RFC 822 with or without day name and with
 * named or numeric zones, ISO 8601 with or without zone, "2024-01-02 10:00:00", unix seconds), or
 * undefined when it cannot be read or is a placeholder before 1980 — never 1970.
 */
export function parseDate(input: unknown): string | undefined {
  let t: number | undefined;
  if (typeof input === 'number' && Number.isFinite(input)) t = fromEpoch(input);
  else if (typeof input === 'string') {
    const s = input.trim().replace(/\s+/g, ' ');
    if (!s) return undefined;
    if (/^\d{9,13}$/.test(s)) t = fromEpoch(Number(s));
    else t = parseIso(s) ?? parseRfc822(s) ?? parseDayMonthYear(s) ?? parseCjk(s);
    // Date.parse reads almost anything ("0" is 2000-01-01): only ask it when there is a 4-digit year.
    if ((t === undefined || Number.isNaN(t)) && /\b\d{4}\b/.test(s)) {
      const fallback = Date.parse(s);
      t = Number.isNaN(fallback) ? undefined : fallback;
    }
  }
  if (t === undefined || Number.isNaN(t) || t < EARLIEST || t > LATEST) return undefined;
  return new Date(t).toISOString();
}

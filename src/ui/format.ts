import { type ListHeadline, READ, STARRED } from './state/types.js';
import { fitRight, fitWidth } from './text/width.js';

/** "now", "5m", "3h", "2d", "6w", "4mo", "2y": at most 4 columns. */
export function relativeTime(time: number, now: number): string {
  if (!Number.isFinite(time) || time <= 0) return '';
  const minutes = Math.max(0, Math.floor((now - time) / 60_000));
  if (minutes < 1) return 'now';
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours}h`;
  const days = Math.floor(hours / 24);
  if (days < 14) return `${days}d`;
  if (days < 60) return `${Math.floor(days / 7)}w`;
  if (days < 365) return `${Math.floor(days / 30)}mo`;
  return `${Math.floor(days / 365)}y`;
}

/**
 * One headline row as exactly `width` columns: unread marker, star, title (cut, never wrapped),
 * source and age. Widths are display widths, so CJK and emoji titles align.
 */
export function headlineRow(
  h: ListHeadline,
  time: number,
  flags: number,
  source: string,
  width: number,
  now: number,
  /** Said after the title, which is cut to make room (e.g. " +2 sources"). */
  suffix = '',
): string {
  const marker = flags & READ ? ' ' : '●';
  const star = flags & STARRED ? '★' : ' ';
  const age = fitRight(relativeTime(time, now), 4);
  const sourceWidth = width >= 60 ? Math.min(20, Math.floor(width * 0.2)) : 0;
  const fixed = 4 + (sourceWidth ? sourceWidth + 2 : 0) + 1 + 4;
  const titleWidth = Math.max(1, width - fixed);
  const src = sourceWidth ? `  ${fitWidth(source, sourceWidth)}` : '';
  const title = suffix
    ? fitWidth(
        `${fitWidth(h.title || '(untitled)', Math.max(1, titleWidth - suffix.length)).trimEnd()}${suffix}`,
        titleWidth,
      )
    : fitWidth(h.title || '(untitled)', titleWidth);
  return `${marker} ${star} ${title}${src} ${age}`;
}

/** A feeds-pane row: label cut to fit, unread count right-aligned. */
export function feedRow(label: string, unread: number, failing: boolean, width: number): string {
  const count = unread > 0 ? String(unread) : '';
  const mark = failing ? '!' : ' ';
  const countWidth = Math.max(count.length, 1);
  return `${mark}${fitWidth(label, Math.max(1, width - countWidth - 2))} ${fitRight(count, countWidth)}`;
}

/** A date for the article header: "2026-11-27 09:30" in local time, or the raw string. */
export function longDate(iso: string | undefined): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/**
 * Time helpers for the schedule. Windows are absolute durations (a 24-hour window is 24 real hours,
 * even across a daylight-saving change); days of the checklist, the course's interval in days and
 * times shown to the user follow the local calendar, through the runtime's time zone.
 */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The local calendar day of an instant, YYYY-MM-DD. */
export function localDayKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight at the start of the instant's day (23, 24 or 25 hours before the next). */
export function localDayStart(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Local midnight at the end of the instant's day. */
export function localDayEnd(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

/**
 * The same local clock time `days` calendar days later (or earlier). People count "4 weeks after"
 * on the calendar: across a daylight-saving change, `days * DAY` would land an hour off, which near
 * midnight is another day.
 */
export function addLocalDays(ms: number, days: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days, d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()).getTime();
}

/** A local clock time on the instant's day (e.g. 09:00 for the sunscreen reminder). */
export function localTimeOnDay(ms: number, hour: number, minute = 0): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), hour, minute).getTime();
}

/** Time left, as the countdown says it: "45 min", "31 h", "5 d 3 h". */
export function formatDuration(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / MINUTE));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.ceil(ms / HOUR);
  if (hours < 48) return `${hours} h`;
  const days = Math.floor(hours / 24);
  const rest = hours - days * 24;
  return rest === 0 ? `${days} d` : `${days} d ${rest} h`;
}

/** A window in hours as people say it: "24 h", "3 days", "7 days". */
export function formatHours(hours: number): string {
  if (hours < 48 || hours % 24 !== 0) return `${hours} h`;
  return `${hours / 24} days`;
}

/** A range of hours as the sources give it: "24 h", "48–72 h", "4–7 days". */
export function formatRange([low, high]: readonly [number, number]): string {
  if (low === high) return formatHours(low);
  if (low % 24 === 0 && high % 24 === 0 && low >= 48 && high >= 96) return `${low / 24}–${high / 24} days`;
  return `${low}–${high} h`;
}

/** An instant in local time, short: "Tue 14:30" within a week either way, else "12 Mar 2025, 14:30". */
export function formatLocal(ms: number, now: number, timeZone?: string): string {
  const near = Math.abs(ms - now) < 6 * DAY;
  const options: Intl.DateTimeFormatOptions = near
    ? { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }
    : { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone };
  return new Intl.DateTimeFormat(undefined, options).format(ms);
}

/** A date in local time: "12 Mar 2025". */
export function formatLocalDate(ms: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(ms);
}

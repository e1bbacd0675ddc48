// Calendar days as the bureaus count them: "today" is today in China (Asia/Shanghai), wherever the
// server runs; dates travel as YYYY-MM-DD strings.

export const CHINA_TIME_ZONE = 'Asia/Shanghai';

/** The SQL for "today in China", so filters and the isOverdue field agree. */
export const CHINA_TODAY_SQL = `(now() at time zone '${CHINA_TIME_ZONE}')::date`;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today's date in China as YYYY-MM-DD. */
export function chinaToday(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: CHINA_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whether `day` is a real calendar date written YYYY-MM-DD. */
export function isDay(day: string): boolean {
  const match = DAY.exec(day);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === day;
}

/** `day` plus `days` calendar days (YYYY-MM-DD in, YYYY-MM-DD out). */
export function addDays(day: string, days: number): string {
  const match = DAY.exec(day);
  if (!match) throw new Error(`not a date: ${day}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days)).toISOString().slice(0, 10);
}

/** The calendar year in China, where the fiscal year is the calendar year. */
export function chinaYear(now: Date = new Date()): number {
  return Number(chinaToday(now).slice(0, 4));
}

import { calendarDateOf } from '../../../domain/wareki.ts';

/** Today's date in Japan as `YYYY-MM-DD` (the calendar officials work by). */
export function todayInJapan(now: Date = new Date()): string {
  const { year, month, day } = calendarDateOf(now);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Date checks: documents carry full ISO dates; evidence rows may give only a year or a month.

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  return FULL_DATE.test(value) && isCalendarDate(value);
}

/** True for YYYY, YYYY-MM or YYYY-MM-DD naming a real year, month or day. */
export function isPartialIsoDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  if (match[3] !== undefined) return isCalendarDate(value);
  if (match[2] !== undefined) return Number(match[2]) >= 1 && Number(match[2]) <= 12;
  return true;
}

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Quarters of the calendar year ("2026Q4"), the unit of the seed's "每季度至少召开1次". */

export interface Quarter {
  key: string;
  year: number;
  /** 1 … 4 */
  q: number;
  firstDay: string;
  lastDay: string;
}

function quarter(year: number, q: number): Quarter {
  const p = (n: number) => String(n).padStart(2, '0');
  const lastDay = new Date(Date.UTC(year, q * 3, 0)).toISOString().slice(0, 10);
  return { key: `${year}Q${q}`, year, q, firstDay: `${year}-${p(q * 3 - 2)}-01`, lastDay };
}

/** The quarter a `YYYY-MM-DD` date falls in. */
export function quarterOf(date: string): Quarter {
  return quarter(Number(date.slice(0, 4)), Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1);
}

/** The four quarters of a year, in order. */
export function quartersOf(year: number): Quarter[] {
  return [1, 2, 3, 4].map((q) => quarter(year, q));
}

/** Whether the quarter is over on `today` (a quarter ends with its last day). */
export function quarterEnded(q: Quarter, today: string): boolean {
  return today > q.lastDay;
}

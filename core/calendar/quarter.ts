/** Quarters of the calendar year: "2026Q4", ending on its last day. */
export function quarterOf(date: string): { key: string; lastDay: string } {
  const year = Number(date.slice(0, 4));
  const q = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
  const lastDay = new Date(Date.UTC(year, q * 3, 0)).toISOString().slice(0, 10);
  return { key: `${year}Q${q}`, lastDay };
}

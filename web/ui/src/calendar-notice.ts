/**
 * Reads the dates of a pasted holiday notice: one date or one "from 至 to" range per line; a line saying 上班 lists
 * adjusted working days; the words before the first date name the holiday.
 */
export interface NoticeDay { date: string; kind: 'holiday' | 'adjustedWorkday'; name: string }

const DATE = /(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?/g;
const pad = (n: string) => n.padStart(2, '0');

function* range(from: string, to: string): Generator<string> {
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86400000) yield new Date(t).toISOString().slice(0, 10);
}

const real = (d: string) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);

export function parseNotice(text: string, year: number): { days: NoticeDay[]; ignored: string[] } {
  const days: NoticeDay[] = [];
  const ignored: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const dates = [...line.matchAll(DATE)].map((m) => `${m[1]}-${pad(m[2])}-${pad(m[3])}`);
    if (!dates.length || !dates.every(real) || dates.some((d) => !d.startsWith(String(year)))) {
      ignored.push(line);
      continue;
    }
    const workday = /上班/.test(line);
    const lead = line.slice(0, line.search(/\d{4}/)).replace(/[：:，,、\s]/g, '');
    const name = lead || (workday ? '调休上班' : '节假日');
    const isRange = dates.length === 2 && /至|到|~|～|—|–/.test(line);
    for (const d of isRange ? [...range(dates[0], dates[1])] : dates) days.push({ date: d, kind: workday ? 'adjustedWorkday' : 'holiday', name });
  }
  return { days, ignored };
}

/** What a notice entered here records when the coordinator names nothing: the words of the State Council's notices. */
export const NOTICE_WORDS = {
  title: (year: number) => `国务院办公厅关于${year}年部分节假日安排的通知`,
  holiday: '节假日',
  adjustedWorkday: '调休上班',
  /** The word by which a notice's line lists adjusted working days. */
  work: '上班',
  examples: (year: number) => `“春节：${year}-02-05 至 ${year}-02-12 放假”“${year}-02-14 上班”`,
};

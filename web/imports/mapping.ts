/**
 * Which spreadsheet column fills which item field, suggested from the header names a county office uses: 12345
 * work-order exports, 电子监察 (政务服务电子监察系统) warning exports, visit and window registers.
 */
export const IMPORT_FIELDS = {
  sourceRef: { label: '来源编号', required: false, names: ['工单编号', '工单号', '来源编号', '预警编号', '监察编号', '办件编号', '办件流水号', '诉求编号', '件号', '编号'] },
  submittedOn: { label: '提交日期', required: false, names: ['提交日期', '受理时间', '登记时间', '来电时间', '预警时间', '申请时间', '日期', '时间'] },
  enterpriseName: { label: '提交企业', required: true, names: ['提交企业', '企业名称', '单位名称', '市场主体名称', '申请单位', '企业'] },
  personInCharge: { label: '负责人', required: true, names: ['负责人', '联系人', '来电人', '诉求人', '经办人', '申请人', '姓名'] },
  phone: { label: '联系电话', required: true, names: ['联系电话', '电话', '手机', '手机号', '来电号码', '联系方式'] },
  email: { label: '电子邮箱', required: false, names: ['电子邮箱', '邮箱', 'email'] },
  creditCode: { label: '统一社会信用代码', required: false, names: ['统一社会信用代码', '信用代码', '社会信用代码'] },
  problem: { label: '困难问题', required: true, names: ['困难问题', '诉求内容', '问题描述', '反映问题', '预警原因', '异常描述', '问题', '内容', '诉求'] },
  suggestion: { label: '意见建议', required: false, names: ['意见建议', '建议', '诉求建议'] },
  remarks: { label: '备注', required: false, names: ['备注', '说明'] },
} as const;

export type ImportField = keyof typeof IMPORT_FIELDS;
export type Columns = Partial<Record<ImportField, string>>;

const norm = (s: string) => s.replace(/\s/g, '').toLowerCase();

export function suggestMapping(headers: string[]): Columns {
  const out: Columns = {};
  const taken = new Set<string>();
  for (const [field, def] of Object.entries(IMPORT_FIELDS) as [ImportField, (typeof IMPORT_FIELDS)[ImportField]][]) {
    // Exact names first, then headers that contain one (e.g. 企业名称（全称）).
    const exact = headers.find((h) => !taken.has(h) && def.names.some((n) => norm(h) === norm(n)));
    const partial = exact ?? headers.find((h) => !taken.has(h) && def.names.some((n) => norm(h).includes(norm(n))));
    if (partial) {
      out[field] = partial;
      taken.add(partial);
    }
  }
  return out;
}

/** Missing mappings of required fields, and mappings to columns the file does not have. */
export function mappingProblems(columns: Columns, headers: string[]): string[] {
  const problems: string[] = [];
  for (const [field, def] of Object.entries(IMPORT_FIELDS) as [ImportField, (typeof IMPORT_FIELDS)[ImportField]][]) {
    const col = columns[field];
    if (def.required && !col) problems.push(`未指定“${def.label}”对应的列`);
    if (col && !headers.includes(col)) problems.push(`文件中没有“${col}”列（${def.label}）`);
  }
  return problems;
}

/**
 * 2026/11/27, 2026-11-27 08:30:00, 2026年11月27日, or an Excel serial day number (46353) → 2026-11-27; anything
 * else is left for validation to refuse.
 */
export function normalizeDay(s: string): string {
  const t = s.trim();
  if (/^\d{5}(\.\d+)?$/.test(t)) return new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(t)) * 86_400_000).toISOString().slice(0, 10);
  const m = t.match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/);
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : t;
}

/** The row as a staff intake body (empty cells left out). */
export function rowToIntake(values: Record<string, string>, columns: Columns, channel: string): Record<string, unknown> {
  const body: Record<string, unknown> = { channel };
  for (const [field, col] of Object.entries(columns) as [ImportField, string][]) {
    const v = (values[col] ?? '').trim();
    if (v) body[field] = field === 'submittedOn' ? normalizeDay(v) : v;
  }
  return body;
}

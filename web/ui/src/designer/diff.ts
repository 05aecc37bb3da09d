/** What a draft changes against the deployed version: elements of a model, fields of a form. */
import { BpmnModdle } from 'bpmn-moddle';
import { diff } from 'bpmn-js-differ';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

export interface Change {
  kind: '新增' | '删除' | '修改' | '移动';
  id: string;
  name: string;
  detail: string;
}

type El = { id: string; name?: string; $type: string };

export async function modelChanges(deployedXml: string, draftXml: string): Promise<Change[]> {
  const moddle = new BpmnModdle({ camunda: camundaModdle });
  const [a, b] = await Promise.all([moddle.fromXML(deployedXml), moddle.fromXML(draftXml)]);
  const d = diff(a.rootElement, b.rootElement) as {
    _added: Record<string, El>;
    _removed: Record<string, El>;
    _changed: Record<string, { model: El; attrs: Record<string, { oldValue: unknown; newValue: unknown }> }>;
    _layoutChanged: Record<string, El>;
  };
  const label = (e: El) => `${e.name ?? ''}（${e.$type.replace('bpmn:', '')}）`;
  return [
    ...Object.values(d._added).map((e) => ({ kind: '新增' as const, id: e.id, name: label(e), detail: '' })),
    ...Object.values(d._removed).map((e) => ({ kind: '删除' as const, id: e.id, name: label(e), detail: '' })),
    ...Object.values(d._changed).map((c) => ({
      kind: '修改' as const,
      id: c.model.id,
      name: label(c.model),
      detail: Object.entries(c.attrs).map(([k, v]) => `${k}: ${short(v.oldValue)} → ${short(v.newValue)}`).join('；'),
    })),
    ...Object.values(d._layoutChanged).filter((e) => !d._changed[e.id]).map((e) => ({ kind: '移动' as const, id: e.id, name: label(e), detail: '仅布局' })),
  ];
}

type Component = { id: string; key?: string; label?: string; type: string; components?: Component[] };

function flatten(cs: Component[] = [], out = new Map<string, Component>()) {
  for (const c of cs) {
    out.set(c.id, c);
    flatten(c.components, out);
  }
  return out;
}

export function formChanges(deployedJson: string, draftJson: string): Change[] {
  const a = flatten(JSON.parse(deployedJson).components);
  const b = flatten(JSON.parse(draftJson).components);
  const label = (c: Component) => `${c.label ?? c.key ?? ''}（${c.type}）`;
  const out: Change[] = [];
  for (const [id, c] of b) if (!a.has(id)) out.push({ kind: '新增', id, name: label(c), detail: '' });
  for (const [id, c] of a) if (!b.has(id)) out.push({ kind: '删除', id, name: label(c), detail: '' });
  for (const [id, c] of b) {
    const old = a.get(id);
    if (!old) continue;
    const { components: _x, ...oa } = old as Component & Record<string, unknown>;
    const { components: _y, ...ob } = c as Component & Record<string, unknown>;
    const keys = [...new Set([...Object.keys(oa), ...Object.keys(ob)])].filter((k) => JSON.stringify(oa[k]) !== JSON.stringify(ob[k]));
    if (keys.length) out.push({ kind: '修改', id, name: label(c), detail: keys.map((k) => `${k}: ${short(oa[k])} → ${short(ob[k])}`).join('；') });
  }
  return out;
}

function short(v: unknown): string {
  if (v === undefined || v === null) return '（无）';
  const s = typeof v === 'object' ? JSON.stringify((v as { id?: string }).id ?? v) : String(v);
  return s.length > 60 ? s.slice(0, 57) + '…' : s;
}

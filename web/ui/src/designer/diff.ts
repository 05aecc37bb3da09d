/**
 * What a draft changes against the deployed version: elements of a model, fields of a form. The kind is a code and
 * an absent value is null, so the page names them in its language.
 */
import { BpmnModdle } from 'bpmn-moddle';
import { diff } from 'bpmn-js-differ';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved';

export interface Change {
  kind: ChangeKind;
  id: string;
  name: string;
  /** The element's BPMN type or the form field's type. */
  type: string;
  /** Each changed attribute (old → new, null where absent); empty for an added, removed or moved element. */
  attrs: { key: string; from: string | null; to: string | null }[];
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
  const label = (e: El) => ({ name: e.name ?? '', type: e.$type.replace('bpmn:', '') });
  return [
    ...Object.values(d._added).map((e) => ({ kind: 'added' as const, id: e.id, ...label(e), attrs: [] })),
    ...Object.values(d._removed).map((e) => ({ kind: 'removed' as const, id: e.id, ...label(e), attrs: [] })),
    ...Object.values(d._changed).map((c) => ({
      kind: 'changed' as const,
      id: c.model.id,
      ...label(c.model),
      attrs: Object.entries(c.attrs).map(([key, v]) => ({ key, from: short(v.oldValue), to: short(v.newValue) })),
    })),
    ...Object.values(d._layoutChanged).filter((e) => !d._changed[e.id]).map((e) => ({ kind: 'moved' as const, id: e.id, ...label(e), attrs: [] })),
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
  const label = (c: Component) => ({ name: c.label ?? c.key ?? '', type: c.type });
  const out: Change[] = [];
  for (const [id, c] of b) if (!a.has(id)) out.push({ kind: 'added', id, ...label(c), attrs: [] });
  for (const [id, c] of a) if (!b.has(id)) out.push({ kind: 'removed', id, ...label(c), attrs: [] });
  for (const [id, c] of b) {
    const old = a.get(id);
    if (!old) continue;
    const { components: _x, ...oa } = old as Component & Record<string, unknown>;
    const { components: _y, ...ob } = c as Component & Record<string, unknown>;
    const keys = [...new Set([...Object.keys(oa), ...Object.keys(ob)])].filter((k) => JSON.stringify(oa[k]) !== JSON.stringify(ob[k]));
    if (keys.length) out.push({ kind: 'changed', id, ...label(c), attrs: keys.map((key) => ({ key, from: short(oa[key]), to: short(ob[key]) })) });
  }
  return out;
}

function short(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  const s = typeof v === 'object' ? JSON.stringify((v as { id?: string }).id ?? v) : String(v);
  return s.length > 60 ? s.slice(0, 57) + '…' : s;
}

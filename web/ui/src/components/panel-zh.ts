/**
 * Chinese for @bpmn-io/properties-panel, the panel library under both the BPMN modeler's and the form editor's
 * properties: its own buttons and tooltips do not go through the modeler's `translate` service, so they are
 * rewritten in the page (./dom-zh.ts).
 */
import { translateDom } from './dom-zh';

export const PANEL_TEXTS: Record<string, string> = {
  'Toggle section': '展开/折叠', 'Section contains an error': '本节有错误', 'Section contains edits': '本节有修改',
  'Create new list item': '新增一项', Create: '新增', 'Delete item': '删除此项', 'Toggle list item': '展开/折叠此项',
  'Open documentation': '打开文档', 'Open pop-up editor': '在弹出窗口中编辑', 'FEEL expression is mandatory': '须填写 FEEL 表达式',
  'Unparsable FEEL expression.': '无法解析的 FEEL 表达式。', 'Click to set a dynamic value with FEEL expression': '点击以用 FEEL 表达式设置动态值',
  'Click to remove dynamic value with FEEL expression': '点击以取消 FEEL 表达式',
};

/** Translates a properties panel's own texts while it lives; returns the function that stops it. */
export const translatePanel = (host: HTMLElement) => translateDom(host, { texts: PANEL_TEXTS });

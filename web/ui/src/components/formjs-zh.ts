/**
 * Chinese for form-js (1.x), which writes its controls, validation messages and whole editor in English and has no
 * translation hook for them: the pages rewrite each text as it appears (./dom-zh.ts). Its date picker is
 * flatpickr, whose Chinese locale is set once for every picker. Strings not listed are left as they are; the
 * browser test fails on English it finds in the form or the editor.
 */
import flatpickr from 'flatpickr';
import { Mandarin } from 'flatpickr/dist/l10n/zh.js';
import { translateDom, type Dictionary, type Pattern } from './dom-zh';
import { PANEL_TEXTS } from './panel-zh';

flatpickr.localize(Mandarin);

/** Field types, as the palette and the properties panel's header name them. */
const FIELD_TYPES: Record<string, string> = {
  'Text field': '单行文本', 'Text area': '多行文本', Number: '数字', 'Date time': '日期时间', Date: '日期', Time: '时间',
  Checkbox: '复选框', 'Checkbox group': '复选框组', 'Radio group': '单选按钮组', Select: '下拉选择', 'Tag list': '标签列表',
  'Text view': '文本', 'Image view': '图片', 'HTML view': 'HTML 内容', Table: '表格', iFrame: '内嵌页面', Expression: '表达式',
  Spacer: '间距', Separator: '分隔线', Button: '按钮', Group: '分组', 'Dynamic list': '动态列表', 'File picker': '文件上传',
  'Document preview': '文档预览', Form: '表单', Default: '默认',
};

/** The viewer's controls and validation messages (task forms, the public evaluation form). */
const VIEWER_TEXTS: Record<string, string> = {
  'Add new': '添加一行', Browse: '选择文件', 'No files selected': '未选择文件', Search: '搜索', 'yyyy/mm/dd': '年/月/日',
  'mm/dd/yyyy': '月/日/年', 'dd/mm/yyyy': '日/月/年', 'hh:mm': '时:分', Increment: '增加', Decrement: '减少',
  'Previous page': '上一页', 'Next page': '下一页', Submit: '提交', Reset: '重置', 'Field is required.': '必填',
  'Value is not a number.': '请填写数字', 'Field must be a valid email.': '请填写正确的电子邮箱', 'Skip to search': '跳到搜索',
};

const VIEWER_PATTERNS: Pattern[] = [
  [/^Remove list item (\d+)$/, (m) => `删除第${m[1]}行`], [/^Download (.+)$/, (m) => `下载 ${m[1]}`],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `至少${m[1]}个字符`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `最多${m[1]}个字符`],
  [/^Field must have minimum value of (.+)\.$/, (m) => `不能小于${m[1]}`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `不能大于${m[1]}`],
  [/^Field must match pattern .*$/, () => '格式不正确'],
  [/^Field must be a valid\s+international phone number.*$/, () => '请填写正确的电话号码'],
];

export const VIEWER_ZH: Dictionary = { texts: VIEWER_TEXTS, patterns: VIEWER_PATTERNS };

/** The editor: palette, canvas, properties panel (its groups, entries, descriptions and tooltips). */
const EDITOR_TEXTS: Record<string, string> = {
  ...FIELD_TYPES,
  // palette and canvas
  Components: '组件', 'Search components': '搜索组件', 'Clear content': '清除', 'No components found.': '未找到组件',
  Input: '输入', Selection: '选择', Presentation: '展示', Containers: '容器', Action: '操作',
  'Build your form': '设计表单', 'Drag and drop components here to start designing.': '把组件拖到这里开始设计。',
  'Drag and drop components here.': '把组件拖到这里。', 'Use the preview window to test your form.': '可在预览窗口中试填表单。',
  'Remove': '删除', 'Delete': '删除', 'Move': '移动', 'Drag to move': '拖动以移动',
  // properties panel: states and groups
  'Select a form field to edit its properties.': '选择一个表单字段以编辑其属性。', General: '常规', Appearance: '外观',
  Condition: '条件', Constraints: '约束', Validation: '校验', Layout: '布局', 'Custom properties': '自定义属性',
  Options: '选项', 'Options source': '选项来源', 'Static options': '静态选项', 'Dynamic options': '动态选项',
  'Input values key': '输入值键', 'Options expression': '选项表达式', Serialization: '序列化', 'Security attributes': '安全属性',
  'Headers source': '表头来源', 'Header items': '表头项', 'Data source': '数据来源', Pagination: '分页',
  'Form submission': '表单提交', Content: '内容', 'Document reference': '文档引用', 'Value changes': '值变化时',
  // entries
  'Field label': '字段标签', 'Field description': '字段说明', Label: '标签', Description: '说明', Key: '键', ID: '编号',
  Path: '路径', Type: '类型', Subtype: '子类型', Value: '值', 'Default value': '默认值', Checked: '选中', 'Not checked': '未选中',
  '<none>': '（无）', '<empty>': '（空）', Disabled: '禁用', 'Read only': '只读', Required: '必填', Text: '文本',
  'Alternative text': '替代文本', 'Image source': '图片来源', URL: '网址', Height: '高度', Columns: '列宽', Auto: '自动',
  'Vertical alignment': '垂直对齐', Top: '顶部', Center: '居中', Bottom: '底部', Prefix: '前缀', Suffix: '后缀',
  'Decimal digits': '小数位数', Increment: '步长', 'Output as string': '以字符串输出', 'Minimum length': '最小长度',
  'Maximum length': '最大长度', Minimum: '最小值', Maximum: '最大值', 'Validation pattern': '校验格式', Custom: '自定义',
  'Custom regular expression': '自定义正则表达式', 'Custom error message': '自定义错误提示', Email: '电子邮箱', Phone: '电话',
  'Date label': '日期标签', 'Time label': '时间标签', 'Time format': '时间格式', 'Time interval': '时间间隔', 'Use 24h': '24小时制',
  'Disallow past dates': '不允许过去的日期', Searchable: '可搜索', 'Show outline': '显示边框', Repeatable: '可重复',
  'Allow add/delete items': '允许增删条目', 'Default number of items': '默认条目数', 'Disable collapse': '不折叠',
  'Number of non-collapsing items': '不折叠的条目数', 'Number of rows per page': '每页行数', 'Compute on': '计算时机',
  'Target value': '目标值', 'Supported file formats': '支持的文件格式', 'Upload multiple files': '允许上传多个文件',
  'Max height of preview container': '预览区最大高度', Column: '列', 'Column 1': '第1列', 'Column 2': '第2列', 'Column 3': '第3列',
  Name: '名称', 'Version tag': '版本标签', 'Hide if': '隐藏条件', Conditional: '条件', 'Display label': '显示标签',
  'Allow same origin': '允许同源', 'Camera access': '允许摄像头', 'Forms submission': '允许提交表单', Geolocation: '允许定位',
  'Microphone access': '允许麦克风', 'Open in fullscreen': '允许全屏', 'Open modal windows': '允许模态窗口', 'Open popups': '允许弹出窗口',
  'Script execution': '允许脚本', 'Storage access by user': '允许访问存储', 'Top level navigation': '允许顶层导航',
  Expression: '表达式', 'Static value': '静态值',
  // descriptions and tooltips
  'Condition under which the field is hidden': '满足此条件时隐藏本字段',
  'Condition under which the field is deactivated': '满足此条件时停用本字段',
  'Binds to a form variable': '绑定到表单变量', 'Allows arbitrary precision values': '允许任意精度的数值',
  'Define an expression to calculate the value of this field': '用表达式计算本字段的值',
  'Define an expression to populate the options from.': '用表达式生成选项。',
  'Define which input property to populate the values from': '指定从哪个输入属性取选项',
  'Expression or static value (link/data URI)': '表达式或固定值（链接或 data URI）', 'Height of the container in pixels.': '容器高度（像素）。',
  'Specify an expression to populate column items': '用表达式生成各列', 'Specify the source from which to populate the table': '指定表格数据的来源',
  'Where the child variables of this component are pathed to.': '本组件下级变量所在的路径。',
  'Descriptive text for screen reader accessibility.': '供读屏软件朗读的说明文字。',
  'Version tag by which this form can be referenced.': '引用本表单时可用的版本标签。',
  'Use a unique "key" to link the form element and the related input/output data. When dealing with nested data, break it down in the user task\'s input mapping before using it.':
    '用唯一的“键”把表单元素与输入/输出数据关联。嵌套的数据请先在用户任务的输入映射中拆开再使用。',
  'Supports markdown and templating.': '支持 Markdown 和模板。', 'Learn more': '了解更多', 'Learn more in our': '详见',
  documentation: '文档', 'Opened in popup': '已在弹出窗口中打开', 'Opened in editor': '已在编辑器中打开',
  'Please make sure that the URL is safe as it might impose security risks.': '请确认该网址安全，否则可能带来安全风险。',
};

const EDITOR_PATTERNS: Pattern[] = [
  [/^List contains (\d+) items?$/, (m) => `共${m[1]}项`],
  [/^Create an? (.+) element$/, (m) => `添加${FIELD_TYPES[m[1]] ?? m[1]}`],
  ...VIEWER_PATTERNS,
  // the canvas's remove button on a field: "Remove Radio group" (after the viewer's "Remove list item 1")
  [/^Remove (.+)$/, (m) => `删除${FIELD_TYPES[m[1]] ?? m[1]}`],
];

export const EDITOR_ZH: Dictionary = { texts: { ...VIEWER_TEXTS, ...EDITOR_TEXTS, ...PANEL_TEXTS }, patterns: EDITOR_PATTERNS };

/** Translates a form while it lives; returns the function that stops it. */
export const translateForm = (host: HTMLElement) => translateDom(host, VIEWER_ZH);

/** Translates the form editor (canvas, palette and properties panel) while it lives. */
export const translateFormEditor = (host: HTMLElement) => translateDom(host, EDITOR_ZH);

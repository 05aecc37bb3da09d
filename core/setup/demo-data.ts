/**
 * Demo departments and users for the embedded (local) profile: the bureau's roles and a realistic set of 乌审旗
 * departments, each a group in the engine's identity service. Never run in production.
 */
import { DEPARTMENT_GROUP_TYPE, GROUP } from '../contract.js';
import type { EngineClient } from '../engine/engine-client.js';

export const DEMO_DEPARTMENTS: [code: string, name: string][] = [
  ['dept-fgw', '乌审旗发展和改革委员会'],
  ['dept-scjg', '乌审旗市场监督管理局'],
  ['dept-zrzy', '乌审旗自然资源局'],
  ['dept-zj', '乌审旗住房和城乡建设局'],
  ['dept-sw', '国家税务总局乌审旗税务局'],
  ['dept-rs', '乌审旗人力资源和社会保障局'],
  ['dept-gx', '乌审旗工业和信息化局'],
  ['dept-gsl', '乌审旗工商业联合会'],
  ['dept-sthj', '鄂尔多斯市生态环境局乌审旗分局'],
  ['dept-jt', '乌审旗交通运输局'],
  ['dept-nm', '乌审旗农牧局'],
  ['dept-zwfw', '乌审旗政务服务与数据管理局'],
];

export const DEMO_ROLES: [group: string, name: string][] = [
  [GROUP.coordinator, '政务服务与数据管理局（协调）'],
  [GROUP.supervisor, '督查/领导'],
  [GROUP.followup, '12345回访'],
  [GROUP.designer, '流程设计'],
  [GROUP.admin, '系统管理员'],
];

export interface DemoUser {
  id: string;
  name: string;
  groups: string[];
}

export const DEMO_USERS: DemoUser[] = [
  { id: 'coordinator', name: '王协调', groups: [GROUP.coordinator, 'dept-zwfw'] },
  { id: 'supervisor', name: '李督查', groups: [GROUP.supervisor] },
  { id: 'followup', name: '赵回访', groups: [GROUP.followup] },
  { id: 'designer', name: '孙设计', groups: [GROUP.designer] },
  // A second designer: drafts are shared, reviewed and deployed by a colleague.
  { id: 'designer2', name: '钱设计', groups: [GROUP.designer] },
  { id: 'sysadmin', name: '周管理', groups: [GROUP.admin] },
  // A second clerk in 发改委: tasks are handed over (转办, 委派) between colleagues.
  { id: 'fgw-li', name: '李科员', groups: ['dept-fgw'] },
  ...DEMO_DEPARTMENTS.filter(([c]) => c !== 'dept-zwfw').map(([code, name]) => ({ id: code.replace('dept-', ''), name: `${name.replace(/^乌审旗|^国家税务总局乌审旗|^鄂尔多斯市/, '').slice(0, 6)}经办人`, groups: [code] })),
];

export async function seedDemoIdentity(engine: EngineClient, password: string): Promise<DemoUser[]> {
  for (const [code, name] of DEMO_DEPARTMENTS) await engine.ensureGroup(code, name, DEPARTMENT_GROUP_TYPE);
  for (const [id, name] of DEMO_ROLES) await engine.ensureGroup(id, name, 'WORKFLOW');
  for (const u of DEMO_USERS) {
    await engine.ensureUser({ id: u.id, firstName: u.name.slice(1), lastName: u.name.slice(0, 1), email: `${u.id}@qinqing.local` }, password);
    for (const g of u.groups) await engine.ensureMembership(g, u.id);
  }
  return DEMO_USERS;
}

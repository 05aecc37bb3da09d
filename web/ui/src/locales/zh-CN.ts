/** The UI's messages in Chinese, composed from the areas (each area holds both languages side by side). */
import common from './areas/common';
import enterprises from './areas/enterprises';
import taskOps from './areas/taskOps';
import assessment from './areas/assessment';
import parts from './areas/parts';
import app from './areas/app';
import nav from './areas/nav';
import login from './areas/login';
import role from './areas/role';
import inbox from './areas/inbox';
import task from './areas/task';
import ledger from './areas/ledger';
import item from './areas/item';
import dashboard from './areas/dashboard';
import meetings from './areas/meetings';
import invitees from './areas/invitees';
import designer from './areas/designer';
import publicPages from './areas/public';

export default {
  common: common.zh,
  enterprises: enterprises.zh,
  taskOps: taskOps.zh,
  assessment: assessment.zh,
  parts: parts.zh,
  app: app.zh,
  nav: nav.zh,
  login: login.zh,
  role: role.zh,
  inbox: inbox.zh,
  task: task.zh,
  ledger: ledger.zh,
  item: item.zh,
  dashboard: dashboard.zh,
  meetings: meetings.zh,
  invitees: invitees.zh,
  designer: designer.zh,
  public: publicPages.zh,
};

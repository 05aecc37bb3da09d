/** The UI's messages in English, composed from the areas (each area holds both languages side by side). */
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
  common: common.en,
  enterprises: enterprises.en,
  taskOps: taskOps.en,
  assessment: assessment.en,
  parts: parts.en,
  app: app.en,
  nav: nav.en,
  login: login.en,
  role: role.en,
  inbox: inbox.en,
  task: task.en,
  ledger: ledger.en,
  item: item.en,
  dashboard: dashboard.en,
  meetings: meetings.en,
  invitees: invitees.en,
  designer: designer.en,
  public: publicPages.en,
};

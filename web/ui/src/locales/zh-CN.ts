/** The UI's messages in Chinese, composed from the areas (each area holds both languages side by side). */
import common from './areas/common.js';
import migration from './areas/migration.js';
import calendar from './areas/calendar.js';
import templates from './areas/templates.js';
import imports from './areas/imports.js';
import ladder from './areas/ladder.js';
import cases from './areas/cases.js';
import users from './areas/users.js';
import enterprises from './areas/enterprises.js';
import taskOps from './areas/taskOps.js';
import assessment from './areas/assessment.js';
import parts from './areas/parts.js';
import app from './areas/app.js';
import nav from './areas/nav.js';
import login from './areas/login.js';
import role from './areas/role.js';
import inbox from './areas/inbox.js';
import task from './areas/task.js';
import ledger from './areas/ledger.js';
import item from './areas/item.js';
import dashboard from './areas/dashboard.js';
import meetings from './areas/meetings.js';
import invitees from './areas/invitees.js';
import designer from './areas/designer.js';
import publicPages from './areas/public.js';

export default {
  common: common.zh,
  migration: migration.zh,
  calendar: calendar.zh,
  templates: templates.zh,
  imports: imports.zh,
  ladder: ladder.zh,
  cases: cases.zh,
  users: users.zh,
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

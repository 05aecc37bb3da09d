/** The UI's messages in English, composed from the areas (each area holds both languages side by side). */
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
  common: common.en,
  migration: migration.en,
  calendar: calendar.en,
  templates: templates.en,
  imports: imports.en,
  ladder: ladder.en,
  cases: cases.en,
  users: users.en,
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

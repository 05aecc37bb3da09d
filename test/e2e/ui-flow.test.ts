/**
 * The UI end to end in Debian's Chromium, against the real engine and database: an enterprise's form 1 through
 * screening, a meeting with 10 enterprises, a department's handling with one extension, the 12345 follow-up, to
 * the masked public result; screenshots of every main page in artifacts/screenshots.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { startTestSystem, TEST_PASSWORD, waitFor, type TestSystem } from '../support/harness.js';
import { item, waitForStatus } from '../support/scenario.js';
import { EvaluationEntity, HandlingRecordEntity, LoginFailureEntity } from '../../db/entities/index.js';
import { chineseChromeIn, englishIn, launchBrowser, newContext, pageProblems, screenshot, SCREENSHOTS, seriousViolations, signIn } from '../support/browser.js';
import { modelFiles } from '../../core/setup/deploy-models.js';
import { modelsDir } from '../../main.js';

let sys: TestSystem;
let browser: Browser;

beforeAll(async () => {
  sys = await startTestSystem();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await sys?.cleanup();
});

async function staffPage(user: string): Promise<Page> {
  const page = await (await newContext(browser, sys.url)).newPage();
  await signIn(page, user, TEST_PASSWORD);
  return page;
}

/** Opens a main page, waits until it has settled, and keeps its screenshot (named by the prefix and the path). */
async function showPage(page: Page, path: string, prefix: string) {
  await page.goto(path);
  await page.locator('main').waitFor();
  await page.waitForLoadState('networkidle');
  await screenshot(page, `${prefix}${path.replace(/\//g, '-')}`);
}

/** How far the page is wider than its window (0: no horizontal overflow). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Opens the user's task of that name for the item (or meeting) from the inbox. */
async function openTask(page: Page, taskName: string, key: string) {
  await page.goto('/staff/inbox');
  const row = page.locator('tr', { hasText: key }).filter({ hasText: taskName });
  await row.getByRole('button', { name: '办理' }).click();
  await page.waitForURL(/\/staff\/tasks\//);
  await page.locator('.fjs-form').waitFor();
}

/** Picks an option of a form-js select by its label. */
async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label).click();
  await page.locator('.fjs-dropdownlist-item', { hasText: option }).first().click();
}

type Rect = { x: number; y: number; width: number; height: number };
const inside = (r: Rect, box: Rect) => r.x >= box.x && r.y >= box.y && r.x + r.width <= box.x + box.width && r.y + r.height <= box.y + box.height;

/** The diagram's elements (shapes and labels) the bpmn.io logo covers. */
async function underWatermark(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const logo = document.querySelector('.diagram .bjs-powered-by')!.getBoundingClientRect();
    return Array.from(document.querySelectorAll('.diagram .djs-shape .djs-visual, .diagram .djs-label .djs-visual'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.left < logo.right && r.right > logo.left && r.top < logo.bottom && r.bottom > logo.top;
      })
      .map((el) => el.closest('.djs-element')!.getAttribute('data-element-id')!);
  });
}

/** Opens every group of the properties panel inside `scope` (a group opened later may hold more). */
async function openEveryGroup(page: Page, scope: string) {
  const headers = page.locator(`${scope} .bio-properties-panel-group-header`);
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < (await headers.count()); i++) {
      // an empty list group does not open; every other one does
      if (!(await headers.nth(i).getAttribute('class'))!.includes('open')) await headers.nth(i).click();
    }
  }
}

/** Submits the task's form; fails with what the page says when it stays (form or server errors). */
async function submitTask(page: Page) {
  await page.getByRole('button', { name: '提交', exact: true }).click();
  const left = await page.waitForURL(/\/staff\/inbox/, { timeout: 10000 }).then(() => true, () => false);
  if (!left) {
    const said = await page.locator('[role="alert"], .fjs-form-field-error').allInnerTexts();
    throw new Error(`the task was not completed: ${said.join(' | ') || 'no message'}`);
  }
}

const state: { itemNo?: string; code?: string; meetingNo?: string; handleTaskUrl?: string } = {};
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
const ENTERPRISES = Array.from({ length: 10 }, (_, i) => `乌审旗界面恳谈企业${i + 1}有限公司`);

describe('an enterprise problem through the UI', () => {
  it('is submitted on the public form 1 with its human check and gets a number and a tracking code', async () => {
    const page = await (await newContext(browser, sys.url)).newPage();
    await page.goto('/public/submit');
    await page.getByLabel('提交企业').fill('乌审旗亲清界面测试有限公司');
    await page.getByLabel('负责人').fill('张三丰');
    await page.getByLabel('联系电话').fill('13812341234');
    await page.getByLabel('困难问题').fill('企业办理施工许可时需要重复提交材料，希望实行一次告知。');
    const question = await page.locator('label[for="f-answer"]').innerText();
    const answer = question.match(/\d+/g)!.map(Number).reduce((a, b) => a + b, 0);
    await page.getByLabel(/验证/).fill(String(answer));
    await screenshot(page, '01-public-submit');
    await page.getByRole('button', { name: '提交' }).click();
    state.itemNo = (await page.locator('[data-test="item-no"]').innerText()).trim();
    state.code = (await page.locator('[data-test="tracking-code"]').innerText()).trim();
    expect(state.itemNo).toMatch(/^QQ\d{8}[0-9A-F]{6}$/);
    expect((await item(sys, state.itemNo)).enterpriseName).toBe('乌审旗亲清界面测试有限公司');
    expect(await seriousViolations(page)).toEqual([]);
    // and 查询进度 opens the item with its code already given, without the code in the address
    await page.getByRole('button', { name: '查询进度' }).click();
    expect(await page.locator('[data-test="status"]').innerText()).toBe('已提交，待筛查');
    expect(page.url()).not.toContain(state.code);
  });

  it('is screened onto the problem list by the coordinator in the inbox, with the form deployed with the model', async () => {
    const page = await staffPage('coordinator');
    await page.locator('tr', { hasText: state.itemNo! }).waitFor();
    await screenshot(page, '02-inbox');
    expect(await seriousViolations(page)).toEqual([]);
    await openTask(page, '筛查议题', state.itemNo!);
    await page.getByLabel('列入问题清单（待恳谈会研究）').check();
    // the diagram opens readable, with the task in view and no shape or label under the bpmn.io logo
    const diagram = await page.locator('.diagram').boundingBox();
    const current = await page.locator('.diagram .djs-element.current').first().boundingBox();
    expect(current && inside(current, diagram!)).toBe(true);
    expect(await underWatermark(page)).toEqual([]);
    await screenshot(page, '03-task-with-form');
    expect(await seriousViolations(page)).toEqual([]);
    await submitTask(page);
    await waitForStatus(sys, state.itemNo!, 'listed');
  });
});

describe('a dialogue meeting through the UI', () => {
  it('is proposed, planned with the listed item, 10 enterprises and the item’s own enterprise from the directory, and recorded with a decision for the topic', async () => {
    const page = await staffPage('coordinator');
    // given a meeting proposed on the meetings page
    await page.goto('/staff/meetings');
    await page.getByRole('button', { name: '发起恳谈会' }).click();
    await page.getByLabel('名称').fill('2026年第四季度政企恳谈会');
    await page.getByRole('button', { name: '发起', exact: true }).click();
    const row = page.locator('tr', { hasText: '2026年第四季度政企恳谈会' });
    state.meetingNo = (await row.locator('td').first().innerText()).trim();
    // when it is planned: date, place, the item from the problem list, ten enterprises invited
    await openTask(page, '筹备恳谈会', state.meetingNo);
    await page.getByLabel('会议地点').fill('乌审旗政务服务中心三楼会议室');
    await page.getByLabel('计划召开日期').fill(today);
    await page.getByLabel('计划召开日期').press('Enter');
    await page.getByLabel(new RegExp(state.itemNo!)).check();
    const names = page.getByLabel('企业名称');
    for (let i = 0; i < ENTERPRISES.length; i++) await names.nth(i).fill(ENTERPRISES[i]);
    // and the enterprise of the agenda's item is added from the directory in one click, the typed rows kept
    await page.getByRole('button', { name: '添加议程中议题的企业' }).click();
    await page.getByText('已加入 1 家企业').waitFor();
    expect(await names.count()).toBe(ENTERPRISES.length + 1);
    expect(await names.nth(0).inputValue()).toBe(ENTERPRISES[0]);
    expect(await names.nth(ENTERPRISES.length).inputValue()).toBe('乌审旗亲清界面测试有限公司');
    expect(await page.getByLabel('联系电话').nth(ENTERPRISES.length).inputValue()).toMatch(/^1\d{10}$/);
    // and one found by searching the directory is not invited twice
    await page.getByRole('combobox', { name: '从企业名录搜索（名称或统一社会信用代码）' }).fill('亲清界面');
    await page.getByRole('option', { name: '乌审旗亲清界面测试有限公司' }).click();
    await page.getByRole('button', { name: '加入邀请名单' }).click();
    await page.getByText('这些企业已在邀请名单中').waitFor();
    expect(await names.count()).toBe(ENTERPRISES.length + 1);
    await screenshot(page, '04a-meeting-plan');
    await submitTask(page);
    // and recorded: all ten attended, the topic goes to 发改委 alone
    await openTask(page, '记录恳谈会', state.meetingNo);
    for (const e of ENTERPRISES) await page.getByLabel(e).check();
    await page.getByLabel('会议纪要').fill('会议听取了企业意见，逐项研究了议题。');
    // (one topic on the agenda: its decision's fields are the only ones of their names)
    await page.getByLabel('单部门办理').check();
    await choose(page, '（牵头）责任部门', '乌审旗发展和改革委员会');
    await screenshot(page, '04-meeting-record');
    await submitTask(page);
    // and its record is on the meetings page: the topic's decision and the ten enterprises present
    await page.goto('/staff/meetings');
    await page.getByRole('button', { name: state.meetingNo }).click();
    await page.getByText('参会企业（10 / 11 到会）').waitFor();
    expect(await page.locator('.el-drawer').innerText()).toContain('单部门办理');
    // then the item waits to be dispatched to 发改委
    const dispatched = await waitForStatus(sys, state.itemNo!, 'awaitingDispatch');
    expect(dispatched.leadDept).toBe('dept-fgw');
  });

  it('is dispatched by the coordinator to the department the meeting chose', async () => {
    const page = await staffPage('coordinator');
    await openTask(page, '交办议题', state.itemNo!);
    await submitTask(page);
    await waitForStatus(sys, state.itemNo!, 'handling');
  });
});

describe('the department handling the item', () => {
  it('asks for one extension, and once approved the deadline shown moves', async () => {
    // given the department's task with its deadline
    const fgw = await staffPage('fgw');
    await openTask(fgw, '办理并答复', state.itemNo!);
    state.handleTaskUrl = fgw.url();
    const before = (await fgw.locator('[data-test="handling-due"]').innerText()).trim();
    // when it asks for 5 more days and the coordinator approves
    await fgw.getByRole('button', { name: '申请延期' }).click();
    await fgw.getByLabel('延期理由').fill('需要补充现场核查材料。');
    await fgw.getByLabel(/延期天数/).fill('5');
    await fgw.getByRole('button', { name: '提交申请' }).click();
    await fgw.getByText('延期申请已提交').waitFor();
    const coordinator = await staffPage('coordinator');
    await openTask(coordinator, '审批延期申请', state.itemNo!);
    await coordinator.getByLabel('同意', { exact: true }).check();
    await submitTask(coordinator);
    // then the item page shows the later deadline and one extension used
    await waitFor(async () => (await item(sys, state.itemNo!)).extensionCount === 1, 'the extension applied');
    await fgw.goto(state.handleTaskUrl);
    const after = (await fgw.locator('[data-test="handling-due"]').innerText()).trim();
    expect(after > before).toBe(true);
    expect(await fgw.locator('[data-test="handling-due"]').locator('..').innerText()).toContain('已延期1次');
    // and the supervision ladder beside the timeline shows the reminder still to come
    expect(await fgw.locator('[data-test="ladder"] tr', { hasText: '到期提醒' }).innerText()).toContain('待发出');
  });

  it('cannot be opened by another department, in the UI or the API', async () => {
    const scjg = await staffPage('scjg');
    await scjg.goto(state.handleTaskUrl!);
    await scjg.getByText('该任务不属于您或您所在的部门').waitFor();
    const taskId = state.handleTaskUrl!.split('/').pop()!;
    const token = await sys.login('scjg');
    expect((await sys.call('GET', `/api/tasks/${taskId}/form`, token)).status).toBe(403);
    expect((await sys.call('POST', `/api/tasks/${taskId}/complete`, token, { content: 'x', contact: 'x', phone: '13800000000' })).status).toBe(403);
  });

  it('replies on form 2, the coordinator approves, the 12345 follow-up records satisfaction, and the result is published masked', async () => {
    const fgw = await staffPage('fgw');
    await fgw.goto(state.handleTaskUrl!);
    await fgw.locator('.fjs-form').waitFor();
    // a note and the inspection notice attached beside the task
    await fgw.getByLabel('填写意见').fill('已电话联系企业，材料清单已发送。');
    await fgw.getByRole('button', { name: '发表意见' }).click();
    await fgw.getByText('已电话联系企业，材料清单已发送。').waitFor();
    await fgw.getByLabel(/上传附件/).setInputFiles({ name: '材料清单.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await fgw.getByRole('link', { name: '材料清单.pdf' }).waitFor();
    await fgw.getByLabel('办理结果').fill('已梳理施工许可材料清单，实行一次性告知，企业无需重复提交。');
    await fgw.getByLabel('反馈情况').fill('2026年11月27日电话反馈企业负责人，企业表示认可。');
    await fgw.getByLabel('联系人').fill('刘经办');
    await fgw.getByLabel('联系电话').fill('0477-7654321');
    await submitTask(fgw);
    const [record] = await sys.deps.db.getRepository(HandlingRecordEntity).findBy({ itemId: (await item(sys, state.itemNo!)).id });
    expect([record.deptCode, record.feedback, record.contact]).toEqual(['dept-fgw', '2026年11月27日电话反馈企业负责人，企业表示认可。', '刘经办']);
    const coordinator = await staffPage('coordinator');
    await openTask(coordinator, '审核答复', state.itemNo!);
    await coordinator.getByLabel('同意', { exact: true }).check();
    await submitTask(coordinator);
    const followup = await staffPage('followup');
    await openTask(followup, '12345回访评价', state.itemNo!);
    await followup.getByLabel('满意', { exact: true }).check();
    await followup.getByLabel('总体意见').fill('答复及时，问题已解决。');
    await submitTask(followup);
    // the coordinator reviews the public text (the original beside it) and publishes
    await waitForStatus(sys, state.itemNo!, 'awaitingPublication');
    await openTask(coordinator, '审核公开内容', state.itemNo!);
    await coordinator.getByLabel('公开的答复内容').waitFor();
    expect(await coordinator.getByLabel('公开的答复内容').inputValue()).toContain('一次性告知');
    await screenshot(coordinator, '07b-review-publication');
    await submitTask(coordinator);
    // the enterprise is in the directory, with its item on its page
    await coordinator.goto('/staff/enterprises');
    await coordinator.getByRole('cell', { name: '乌审旗亲清界面测试有限公司' }).click();
    await coordinator.getByRole('link', { name: state.itemNo! }).waitFor();
    await screenshot(coordinator, '07c-enterprise-directory');
    expect(await seriousViolations(coordinator)).toEqual([]);
    await waitForStatus(sys, state.itemNo!, 'published');
    // then the public results page shows the result with the person and phone masked
    const pub = await (await newContext(browser, sys.url)).newPage();
    await pub.goto('/public/results');
    const card = pub.locator(`[data-test="result-${state.itemNo}"]`);
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toContain('张*');
    expect(text).toContain('138****1234');
    expect(text).not.toContain('张三丰');
    expect(text).not.toContain('13812341234');
    expect(text).toContain('一次性告知');
    await screenshot(pub, '08-public-result');
    expect(await seriousViolations(pub)).toEqual([]);
    // each result has a page of its own, and the meetings held are public too (without the invitees' details)
    await card.getByRole('link', { name: state.itemNo! }).click();
    await pub.waitForURL(new RegExp(`/public/results/${state.itemNo}$`));
    expect(await pub.locator(`[data-test="result-${state.itemNo}"]`).innerText()).toContain('一次性告知');
    expect(await seriousViolations(pub)).toEqual([]);
    await pub.getByRole('link', { name: '恳谈会公开' }).click();
    const meeting = pub.locator('.meeting').first();
    await meeting.waitFor();
    expect(await meeting.innerText()).toMatch(/10家企业参会/);
    await screenshot(pub, '08b-public-meetings');
    expect(await seriousViolations(pub)).toEqual([]);
    // a coordinator writes a 典型做法 from the result and publishes it; the public reads it with the result linked
    await coordinator.goto('/staff/cases');
    await coordinator.getByRole('button', { name: '撰写典型做法' }).click();
    await coordinator.getByLabel('标题').fill('施工许可材料一次提交的做法');
    await coordinator.getByLabel('正文').fill('企业反映施工许可需要重复提交材料，发改委牵头梳理材料清单，实行一次性告知，咨询电话13712345678。');
    await coordinator.getByRole('combobox', { name: '引用的办理结果' }).fill(state.itemNo!);
    await coordinator.getByRole('option', { name: new RegExp(state.itemNo!) }).click();
    await coordinator.getByLabel('标题').click(); // the list of options closes when one clicks elsewhere
    await coordinator.getByRole('button', { name: '保存草稿' }).click();
    const caseRow = coordinator.locator('tr', { hasText: '施工许可材料一次提交的做法' });
    await caseRow.getByRole('button', { name: '发布' }).click();
    await caseRow.getByText('已发布').waitFor();
    await pub.goto('/public/cases');
    const practice = pub.locator('.case', { hasText: '施工许可材料一次提交的做法' });
    await practice.waitFor();
    expect(await practice.innerText()).toContain('137****5678');
    expect(await practice.innerText()).not.toContain('13712345678');
    await practice.getByRole('link', { name: /施工许可/ }).last().waitFor();
    await screenshot(pub, '08c-public-cases');
    expect(await seriousViolations(pub)).toEqual([]);
    // and the enterprise tracks it with its code and fills form 3 (总体评价表)
    await pub.goto(`/public/track?itemNo=${state.itemNo}`);
    await pub.getByLabel('查询码').fill(state.code!);
    await pub.getByRole('button', { name: '查询' }).click();
    expect(await pub.locator('[data-test="status"]').innerText()).toBe('已办结并公开');
    // the timeline shows the enterprise's steps in its words, none of the internal ones
    const timeline = await pub.locator('.el-timeline').innerText();
    expect(timeline).toContain('已交办责任部门办理');
    expect(timeline).not.toMatch(/时限|签收|item\.|task\./);
    await pub.getByLabel('总体评价意见').fill('部门答复及时，问题得到解决。');
    await pub.getByLabel('负责人').fill('张三丰');
    await pub.getByLabel('联系电话').fill('13812341234');
    // nothing is chosen for the enterprise: sending without an answer asks for one
    await pub.getByRole('button', { name: '提交评价' }).click();
    await pub.getByText('请选择总体评价').waitFor();
    await pub.locator('label.el-radio').filter({ hasText: /^满意$/ }).click();
    await pub.getByRole('button', { name: '提交评价' }).click();
    await pub.getByText('感谢您的评价').waitFor();
    const evaluations = await sys.deps.db.getRepository(EvaluationEntity).findBy({ itemId: (await item(sys, state.itemNo!)).id, source: 'enterprise' });
    expect(evaluations.map((e) => [e.result, e.overallOpinion])).toEqual([['satisfied', '部门答复及时，问题得到解决。']]);
  });
});

describe('the other main pages', () => {
  it('shows the ledger with the item, its department and its extension', async () => {
    const page = await staffPage('coordinator');
    await page.goto('/staff/ledger');
    const row = page.locator('tr', { hasText: state.itemNo! });
    await row.waitFor();
    expect(await row.innerText()).toContain('乌审旗发展和改革委员会');
    await screenshot(page, '05-ledger');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the supervisor dashboard with its charts, drilling down to the ledger', async () => {
    const page = await staffPage('supervisor');
    await page.goto('/staff/dashboard');
    await page.locator('.chart canvas').first().waitFor();
    await screenshot(page, '06-dashboard');
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('.kpi', { hasText: '议题总数' }).click();
    await page.waitForURL(/\/staff\/ledger/);
    await page.locator('tr', { hasText: state.itemNo! }).waitFor();
  });
});

describe('importing a spreadsheet', () => {
  it('uploads a 12345 export, takes the suggested mapping, and shows the progress and the refused rows', async () => {
    const page = await staffPage('coordinator');
    await page.goto('/staff/imports');
    const csv = '工单编号,受理时间,市场主体名称,来电人,来电号码,诉求内容\r\nGD-E2E-1,2026-11-20,乌审旗导入企业甲,赵六,13800000006,企业反映办税窗口排队时间长。\r\nGD-E2E-2,2026-11-21,乌审旗导入企业乙,钱七,123,号码有误。\r\n';
    await page.getByLabel('选择文件').setInputFiles({ name: '12345工单.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByText('12345工单.csv：共 2 行').waitFor();
    await page.getByRole('button', { name: '开始导入' }).click();
    await page.getByText('导入完成').waitFor();
    expect(await page.locator('.el-card').innerText()).toMatch(/登记 1 件，未导入 1 行/);
    await screenshot(page, '10-import');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('the wording of notices', () => {
  it('is edited by the coordinator on the templates page', async () => {
    const page = await staffPage('coordinator');
    await page.goto('/staff/templates');
    const row = page.locator('tr', { hasText: '进度反馈' });
    await row.getByRole('button', { name: '修改' }).click();
    await page.getByLabel('正文').fill('您提交的议题{itemNo}正在上级部门研究，我们每14天向您反馈一次进展。');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存').waitFor();
    await page.locator('.el-dialog').waitFor({ state: 'hidden' });
    await row.getByText('本局修改（coordinator）').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await row.getByRole('button', { name: '恢复默认' }).click();
    await page.getByText('已恢复默认').waitFor();
  });
});

describe('the supervision rules', () => {
  it('are changed by the coordinator and only read by a supervisor', async () => {
    const page = await staffPage('coordinator');
    await page.goto('/staff/ladder');
    const row = page.locator('tr', { hasText: '通报' }).first();
    await row.getByLabel('通报工作日数').fill('2');
    await row.getByRole('button', { name: '保存' }).click();
    await page.getByText('通报规则已保存').waitFor();
    await row.getByText('本局修改（coordinator）').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '11-ladder-rules');
    await row.getByRole('button', { name: '恢复默认' }).click();
    await page.getByText('已恢复默认').waitFor();
    const supervisor = await staffPage('supervisor');
    await supervisor.goto('/staff/ladder');
    await supervisor.getByText('只读：由营商办维护').waitFor();
    expect(await supervisor.getByRole('button', { name: '保存' }).count()).toBe(0);
  });
});

describe('the working calendar', () => {
  it('shows a year without a notice as provisional, and takes the notice the coordinator pastes', async () => {
    const page = await staffPage('coordinator');
    await page.goto('/staff/calendar?year=2027');
    await page.locator('[data-test="provisional"]').waitFor();
    expect(await page.locator('[data-date="2027-02-05"]').getAttribute('aria-label')).toBe('2027-02-05 节假日 春节（法定节假日（推算））');
    await page.getByLabel('粘贴通知日期').fill('元旦：2027-01-01\n春节：2027-02-05 至 2027-02-12 放假\n2027-02-13 上班');
    await page.locator('[data-test="read-pasted"]').click();
    await page.getByText('已读取 10 天').waitFor();
    expect(await page.locator('[data-date="2027-02-13"]').getAttribute('class')).toContain('adjustedWorkday');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '12-work-calendar');
    await page.locator('[data-test="save-notice"]').click();
    await page.getByText(/已保存；重算交办时限 \d+ 件/).waitFor();
    await page.getByText('已有放假通知').waitFor();
    expect(await page.locator('[data-date="2027-02-12"]').getAttribute('aria-label')).toBe('2027-02-12 节假日 春节（放假通知）');
  });
});

describe('the accounts page', () => {
  it('shows a locked account to the system administrator, who unlocks it', async () => {
    await sys.deps.db.getRepository(LoginFailureEntity).save({ userId: 'fgw-li', failures: 10, lockedUntil: new Date() });
    const page = await staffPage('sysadmin');
    await page.goto('/staff/users');
    const row = page.locator('tr', { hasText: 'fgw-li' });
    await row.getByText('已锁定').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '13-accounts');
    await row.getByRole('button', { name: '解锁' }).click();
    await page.getByText('李科员 已解锁').waitFor();
    await row.getByText('正常').waitFor();
  });
});

describe('the annual assessment', () => {
  it('is a printable report with the department that handled the item, its score and how it is scored', async () => {
    const page = await staffPage('supervisor');
    await page.goto('/staff/assessment');
    const row = page.locator('tr', { hasText: '乌审旗发展和改革委员会' });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/100\.0%/);
    await page.getByText('计分：按时交办').waitFor();
    await screenshot(page, '09-assessment');
    // printed as the browser prints it (A4 landscape, navigation hidden)
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    const pdf = await page.pdf({ path: `${SCREENSHOTS}/09-assessment.pdf`, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('the designer', () => {
  afterAll(async () => {
    // The engine is shared by the suites: leave the models of bpmn/ as the newest version again.
    const token = await sys.login('designer');
    await sys.call('POST', '/api/designer/deploy', token, { files: await modelFiles(modelsDir()) });
  });

  it('changes a task form in the form editor, deploys it, and a new item gets the new form', async () => {
    // given an item running on the current version (it is migrated below), and the designer on the designer page
    expect((await sys.call('POST', '/api/public/items', null, { enterpriseName: '迁移验证企业', personInCharge: '王五', phone: '13900002222', problem: '验证版本迁移。' })).status).toBe(201);
    const page = await staffPage('designer');
    await page.goto('/staff/designer');
    await page.locator('.bpmn-editor .djs-container').waitFor();
    await screenshot(page, '07-designer');
    // the modeler speaks Chinese: palette, context pad and every group of a user task's properties
    await page.locator('.bpmn-editor .djs-element[data-element-id="ScreenItem"]').click();
    await openEveryGroup(page, '.bpmn-editor');
    expect(await englishIn(page, '.bpmn-editor')).toEqual([]);
    // when the screening form's field gets a new label and is deployed
    await page.getByRole('button', { name: 'ScreenItem.form' }).click();
    await page.locator('.fjs-editor-container .fjs-form-field-label', { hasText: '筛查结论' }).click();
    // the form editor speaks Chinese: palette, canvas and every group of the field's properties
    await openEveryGroup(page, '.form-editor');
    expect(await englishIn(page, '.form-editor')).toEqual([]);
    const label = page.locator('#bio-properties-panel-label');
    await label.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('筛查结论（新版表单）');
    // the draft is saved on the server, listed for every designer
    await page.getByText('草稿已保存到服务器').waitFor();
    await page.getByRole('tab', { name: /草稿（1）/ }).click();
    await page.locator('table[aria-label="草稿"], .el-table', { hasText: 'forms/ScreenItem.form' }).first().waitFor();
    await screenshot(page, '07d-designer-drafts');
    await page.getByRole('tab', { name: '模型与表单' }).click();
    await page.getByRole('button', { name: /部署我的草稿（1个文件）/ }).click();
    await page.getByRole('button', { name: '部署', exact: true }).click();
    await page.getByText('已部署：forms/ScreenItem.form').waitFor();
    // then a new item's screening task shows the new form
    const submitted = await sys.call('POST', '/api/public/items', null, { enterpriseName: '设计器验证企业', personInCharge: '李四', phone: '13900001111', problem: '验证新表单。' });
    const coordinator = await staffPage('coordinator');
    await openTask(coordinator, '筛查议题', submitted.body.itemNo);
    await coordinator.getByText('筛查结论（新版表单）').waitFor();
  });

  it('refuses to deploy a draft the code could not run, marking the element on the diagram', async () => {
    // given a draft of the item model whose 合并重复议题 names a topic no worker handles
    const token = await sys.login('designer');
    const xml = (await sys.call('GET', '/api/designer/models', token)).body.files.find((f: { name: string }) => f.name === 'qinqing-item.bpmn').content as string;
    const saved = await sys.call('PUT', '/api/designer/drafts', token, { fileName: 'qinqing-item.bpmn', content: xml.replace('camunda:topic="item-merge"', 'camunda:topic="item-fax"') });
    expect(saved.status).toBe(200);
    // when the designer deploys it
    const page = await staffPage('designer');
    await page.goto('/staff/designer');
    await page.locator('.bpmn-editor .djs-container').waitFor();
    await page.getByRole('button', { name: /部署我的草稿（1个文件）/ }).click();
    await page.getByRole('button', { name: '部署', exact: true }).click();
    // then it is refused, the finding is listed and the element is outlined in red
    await page.getByText(/模型与系统不一致/).first().waitFor();
    await page.locator('table', { hasText: 'qinqing/topic-handled' }).first().waitFor();
    await page.locator('.djs-element.lint-error[data-element-id="MergeItem"]').waitFor();
    await screenshot(page, '07g-designer-refused');
    expect((await sys.call('DELETE', `/api/designer/drafts/${saved.body.id}`, token)).status).toBe(204);
  });

  it('migrates the items still on the previous version to the new one, with the plan and its progress on the page', async () => {
    // given an item that started on the version before the designer's change
    const before = (await sys.call('GET', '/api/designer/migrations', await sys.login('designer'))).body as { key: string; older: { running: number }[] }[];
    const waiting = before.find((p) => p.key === 'qinqing-item')!.older.reduce((n, o) => n + o.running, 0);
    expect(waiting).toBeGreaterThan(0);
    // when the designer opens 版本迁移, generates the plan, validates and migrates
    const page = await staffPage('designer');
    await page.goto('/staff/designer');
    await page.getByRole('tab', { name: '版本迁移' }).click();
    await page.locator('.migration').getByText('筛查议题').first().waitFor();
    await page.getByRole('button', { name: '生成迁移计划' }).first().click();
    await page.getByText(/按编号对应的环节/).waitFor();
    await page.waitForTimeout(400); // the dialog's opening animation, for a clear screenshot
    await screenshot(page, '07e-designer-migration-plan');
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.getByText('校验通过').waitFor();
    await page.getByRole('button', { name: '迁移', exact: true }).click();
    await page.locator('.el-message-box').getByRole('button', { name: '迁移', exact: true }).click();
    // the test engine runs no job executor: the batch's jobs run over REST, as the executor would run them
    const [batch] = await waitFor(async () => { const b = await sys.engine.request<{ id: string; seedJobDefinitionId: string; batchJobDefinitionId: string }[]>('GET', '/batch'); return b.length ? b : null; }, 'the migration batch');
    for (const definition of [batch.seedJobDefinitionId, batch.batchJobDefinitionId]) {
      for (const job of await sys.engine.jobs({ jobDefinitionId: definition })) await sys.engine.executeJob(job.id);
    }
    // then the page reports every instance migrated, and none is left on an older item version
    await page.getByText(/已迁移 \d+ 个实例/).waitFor({ timeout: 30000 });
    await page.waitForTimeout(400); // the progress bar's animation, for a clear screenshot
    await screenshot(page, '07f-designer-migrated');
    expect(await seriousViolations(page)).toEqual([]);
    const after = (await sys.call('GET', '/api/designer/migrations', await sys.login('designer'))).body as { key: string; older: { running: number }[] }[];
    expect(after.find((p) => p.key === 'qinqing-item')!.older.reduce((n, o) => n + o.running, 0)).toBeLessThan(waiting);
  });
});

describe('the main pages at 1024, 1366 and 390 px', () => {
  const STAFF = ['/staff/inbox', '/staff/ledger', '/staff/meetings', '/staff/enterprises', '/staff/cases', '/staff/dashboard'];
  const PUBLIC = ['/public/submit', '/public/track', '/public/results', '/public/meetings', '/public/cases'];

  it('keep the user name and 退出 on screen and overflow no page sideways', async () => {
    for (const width of [1024, 1366, 1440]) {
      const context = await newContext(browser, sys.url);
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 800 });
      await signIn(page, 'coordinator', TEST_PASSWORD);
      for (const path of STAFF) {
        await showPage(page, path, `w${width}`);
        expect({ path, width, overflow: await overflow(page) }).toEqual({ path, width, overflow: 0 });
        if (path === '/staff/ledger' && width >= 1366) {
          // every column of the ledger in view, none scrolled off to the right
          const hidden = await page.evaluate(() => { const w = document.querySelector('.el-table__body-wrapper .el-scrollbar__wrap')!; return w.scrollWidth - w.clientWidth; });
          expect({ width, hidden }).toEqual({ width, hidden: 0 });
        }
        const logout = await page.getByRole('button', { name: '退出' }).boundingBox();
        expect(logout && logout.x + logout.width <= width).toBe(true);
      }
      await context.close();
    }
    for (const width of [390, 1024]) {
      const context = await newContext(browser, sys.url);
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 800 });
      for (const path of PUBLIC) {
        await showPage(page, path, `w${width}`);
        expect({ path, width, overflow: await overflow(page) }).toEqual({ path, width, overflow: 0 });
        if (path === '/public/submit' && width === 390) {
          // on a phone the labels stand above their fields
          const label = (await page.locator('label[for="f-enterprise"]').boundingBox())!;
          const field = (await page.locator('#f-enterprise').boundingBox())!;
          expect(label.y + label.height).toBeLessThanOrEqual(field.y);
        }
      }
      await context.close();
    }
  });
});

describe('the UI in English', () => {
  const STAFF = ['/staff/inbox', '/staff/ledger', '/staff/meetings', '/staff/enterprises', '/staff/cases', '/staff/dashboard', '/staff/assessment', '/staff/ladder', '/staff/templates', '/staff/calendar', '/staff/imports'];
  const PUBLIC = ['/public/submit', '/public/track', '/public/results', '/public/meetings', '/public/cases'];
  /** A context whose pages start in English, as after choosing English once (the choice is kept in the browser). */
  async function englishContext(width: number) {
    const context = await newContext(browser, sys.url);
    // (about:blank, where a page starts, has no storage of its own)
    await context.addInitScript(() => { if (location.protocol.startsWith('http')) localStorage.setItem('qq.locale', 'en'); });
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 800 });
    return { context, page };
  }

  it('names every heading, column, button and field of the staff pages in English, at 1024, 1366 and 1440 px', async () => {
    for (const width of [1024, 1366, 1440]) {
      // given a coordinator who chose English
      const { context, page } = await englishContext(width);
      await signIn(page, 'coordinator', TEST_PASSWORD);
      for (const path of STAFF) {
        // when each page is opened
        await showPage(page, path, `en-w${width}`);
        // then its own words are English, nothing overflows sideways, and axe finds nothing serious
        expect({ path, width, chinese: await chineseChromeIn(page), overflow: await overflow(page) }).toEqual({ path, width, chinese: [], overflow: 0 });
        if (width === 1366) expect({ path, violations: await seriousViolations(page) }).toEqual({ path, violations: [] });
      }
      await context.close();
    }
  });

  it('shows a task with its form, the item page and the designer in English', async () => {
    // given a new item waiting for screening, and staff who chose English
    const submitted = await sys.call('POST', '/api/public/items', null, { enterpriseName: '英文界面验证企业', personInCharge: '赵六', phone: '13900003333', problem: '验证英文界面。' });
    const { context, page } = await englishContext(1366);
    await signIn(page, 'coordinator', TEST_PASSWORD);
    // when the coordinator opens the screening task from the inbox
    await page.goto('/staff/inbox');
    await page.locator('tr', { hasText: submitted.body.itemNo }).getByRole('button', { name: 'Open' }).click();
    await page.waitForURL(/\/staff\/tasks\//);
    await page.locator('.fjs-form').waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'en-task');
    // then the task page and the task form speak English
    expect({ page: 'task', chinese: await chineseChromeIn(page), violations: await seriousViolations(page) }).toEqual({ page: 'task', chinese: [], violations: [] });
    // and when the coordinator, half-way through the form, switches to Chinese
    await page.getByLabel('Answer at once').check();
    await page.locator('.fjs-form textarea').fill('已电话答复企业。'); // the answer, shown for 即知即办
    await page.getByRole('button', { name: '中文' }).click();
    // then the form speaks Chinese at once, with what was filled in
    await page.getByText('筛查结论').waitFor();
    expect(await page.getByLabel('即知即办，直接答复').isChecked()).toBe(true);
    expect(await page.locator('.fjs-form textarea').inputValue()).toBe('已电话答复企业。');
    expect(await page.locator('.fjs-form').getByText('Screening conclusion').count()).toBe(0);
    await page.goto(`/staff/items/${submitted.body.itemNo}`);
    await page.locator('main .grid2').waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'en-item');
    expect({ page: 'item', chinese: await chineseChromeIn(page) }).toEqual({ page: 'item', chinese: [] });
    await context.close();
    const designer = await englishContext(1366);
    await signIn(designer.page, 'designer', TEST_PASSWORD);
    await designer.page.goto('/staff/designer');
    await designer.page.locator('.bpmn-editor .djs-container').waitFor();
    await screenshot(designer.page, 'en-designer');
    expect({ page: 'designer', chinese: await chineseChromeIn(designer.page) }).toEqual({ page: 'designer', chinese: [] });
    await designer.context.close();
  });

  it('names the public pages in English on a phone and at 1024 px', async () => {
    for (const width of [390, 1024]) {
      const { context, page } = await englishContext(width);
      for (const path of PUBLIC) {
        await showPage(page, path, `en-w${width}`);
        expect({ path, width, chinese: await chineseChromeIn(page), overflow: await overflow(page) }).toEqual({ path, width, chinese: [], overflow: 0 });
        if (width === 390) expect({ path, violations: await seriousViolations(page) }).toEqual({ path, violations: [] });
      }
      await context.close();
    }
  });
});

describe('every page visited above', () => {
  it('ran without script errors or Content-Security-Policy violations', () => {
    expect(pageProblems).toEqual([]);
  });
});

/**
 * The UI end to end in Debian's Chromium, against the real engine and database: an enterprise's form 1 through
 * screening, a meeting with 10 enterprises, a department's handling with one extension, the 12345 follow-up, to
 * the masked public result; screenshots of every main page in artifacts/screenshots.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { startTestSystem, TEST_PASSWORD, waitForTask, type TestSystem } from '../support/harness.js';
import { item, waitForStatus } from '../support/scenario.js';
import { launchBrowser, newContext, screenshot, seriousViolations, signIn } from '../support/browser.js';

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

/** Opens the user's task of that name for the item from the inbox. */
async function openTask(page: Page, taskName: string, itemNo: string) {
  await page.goto('/staff/inbox');
  const row = page.locator('tr', { hasText: itemNo }).filter({ hasText: taskName });
  await row.getByRole('button', { name: '办理' }).click();
  await page.waitForURL(/\/staff\/tasks\//);
  await page.locator('.fjs-form').waitFor();
}

async function submitTask(page: Page) {
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await page.waitForURL(/\/staff\/inbox/);
}

const state: { itemNo?: string; code?: string } = {};

describe('an enterprise problem through the UI', () => {
  it('is submitted on the public form 1 with its human check and gets a number and a tracking code', async () => {
    const page = await (await newContext(browser, sys.url)).newPage();
    await page.goto('/public/submit');
    await page.getByLabel('企业名称').fill('乌审旗亲清界面测试有限公司');
    await page.getByLabel('负责人').fill('张三丰');
    await page.getByLabel('联系电话').fill('13812341234');
    await page.getByLabel('存在问题').fill('企业办理施工许可时需要重复提交材料，希望实行一次告知。');
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
  });

  it('is screened onto the problem list by the coordinator in the inbox, with the form deployed with the model', async () => {
    const page = await staffPage('coordinator');
    await page.locator('tr', { hasText: state.itemNo! }).waitFor();
    await screenshot(page, '02-inbox');
    expect(await seriousViolations(page)).toEqual([]);
    await openTask(page, '筛查议题', state.itemNo!);
    await page.getByLabel('列入问题清单（待恳谈会研究）').check();
    await screenshot(page, '03-task-with-form');
    await submitTask(page);
    await waitForStatus(sys, state.itemNo!, 'listed');
  });
});

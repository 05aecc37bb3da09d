/**
 * Debian's Chromium driven by playwright-core (no browser download): the flags this closed network needs (a
 * fresh profile per launch is playwright's own), screenshots kept in artifacts/screenshots, and an axe-core check of a page.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.QQ_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = 'artifacts/screenshots';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
}

/** Script errors and Content-Security-Policy violations seen on any page of any context made here. */
export const pageProblems: string[] = [];

export async function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  // The app's Content-Security-Policy stays on: the pages are tested as they are served.
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 900 } });
  context.on('page', (page) => {
    page.on('pageerror', (e) => pageProblems.push(`${page.url()}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|\[i18n\] missing/i.test(m.text())) pageProblems.push(`${page.url()}: ${m.text()}`);
    });
  });
  return context;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html?: string }[];
}

/** The page's axe-core violations of impact "serious" or "critical" (WCAG 2 A/AA rules). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Contrast is judged on the page at rest: a dialog or message still fading in or out is half transparent.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  // Evaluated over the DevTools protocol, which the page's CSP does not govern (a script tag would be refused).
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, html: n.html?.slice(0, 200) })) }));
}

/** Signs a staff member in through the login page. */
export async function signIn(page: Page, user: string, password: string): Promise<void> {
  await page.goto('/login');
  // by the labels in either language: a user may have chosen English before signing in
  await page.getByLabel(/^(用户名|User name|Username)$/).fill(user);
  await page.getByLabel(/^(密码|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(登录|Log in)$/ }).click();
  await page.waitForURL(/\/staff\//);
}

/**
 * Proper names and notations that stay as they are in the Chinese UI (the expression language, markup and
 * standards); everything else in Latin letters counts as untranslated English.
 */
const NOT_ENGLISH = new Set(['FEEL', 'EL', 'ISO', 'HTML', 'Markdown', 'URI', 'MIME', 'JSON', 'BPMN', 'CSS', 'QinQing', 'Operaton', 'Camunda']);

/**
 * The English words a person would read or hear in the elements matching `selector`: visible texts, placeholders,
 * titles and aria-labels (not what was typed into fields, nor ids and keys).
 */
export async function englishIn(page: Page, selector: string): Promise<string[]> {
  const texts = await page.evaluate((sel) => {
    const out: string[] = [];
    for (const root of Array.from(document.querySelectorAll(sel))) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.nodeType === Node.TEXT_NODE) {
          const parent = n.parentElement;
          // the bpmn.io logos stay as they are: its licence keeps it visible and unchanged
          if (!parent || parent.closest('script, style, code, .cm-editor, textarea, .bjs-powered-by, .fjs-powered-by')) continue;
          const style = getComputedStyle(parent);
          if (style.display === 'none' || style.visibility === 'hidden') continue;
          if (parent.getClientRects().length === 0) continue;
          out.push(n.textContent ?? '');
        } else if (!(n as Element).closest('.bjs-powered-by, .fjs-powered-by')) {
          for (const a of ['placeholder', 'title', 'aria-label']) {
            const v = (n as Element).getAttribute(a);
            if (v) out.push(v);
          }
        }
      }
    }
    return out;
  }, selector);
  const words = texts.flatMap((t) => t.match(/[A-Za-z][A-Za-z'-]+/g) ?? []);
  return [...new Set(words.filter((w) => !NOT_ENGLISH.has(w)))];
}

/**
 * Chinese in the page's own words when it speaks English: headings, table headers, buttons, labels, tabs, menus,
 * empty-table notes, and the placeholder, title and aria-label of every element. What people wrote (table cells,
 * typed values, names in the ledger) stays as written, so text inside table body cells is not looked at, except
 * the buttons there; nor what is marked translate="no" (a person's name and department).
 */
export async function chineseChromeIn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const CHINESE = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
    const shown = (e: Element) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    // the language switch names the other language in that language, marked with its lang attribute
    const inChinese = (e: Element) => { const l = e.closest('[lang]'); return !!e.closest('[translate="no"]') || (!!l && l !== document.documentElement && l.getAttribute('lang')!.startsWith('zh')); };
    const chrome = 'h1, h2, h3, h4, thead th, button, label, .el-tabs__item, .el-menu-item, .el-sub-menu__title, .el-empty__description, .el-table__empty-text, .el-card__header, .el-descriptions__label, .el-dialog__title, .el-tag';
    const out = new Set<string>();
    for (const e of Array.from(document.body.querySelectorAll(chrome))) {
      if (!shown(e) || inChinese(e) || (e.closest('tbody td') && !e.matches('button'))) continue;
      // the element's own words: without what it holds that is marked as data or as Chinese
      const own = e.cloneNode(true) as HTMLElement;
      for (const d of Array.from(own.querySelectorAll('[translate="no"], [lang^="zh"]'))) d.remove();
      const text = own.textContent ?? '';
      if (CHINESE.test(text)) out.add(`${e.tagName.toLowerCase()}: ${text.trim().slice(0, 80)}`);
    }
    for (const e of Array.from(document.body.querySelectorAll('[placeholder], [title], [aria-label]'))) {
      if (inChinese(e) || (e.closest('tbody td') && !e.matches('button'))) continue;
      for (const a of ['placeholder', 'title', 'aria-label']) {
        const v = e.getAttribute(a);
        if (v && CHINESE.test(v)) out.add(`${e.tagName.toLowerCase()}[${a}]: ${v.slice(0, 80)}`);
      }
    }
    return [...out];
  });
}

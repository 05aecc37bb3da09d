/** 附件1–3 of an item as Word documents, filled in from what the item went through. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import JSZip from 'jszip';
import { startTestSystem, waitForTask, type TestSystem } from './support/harness.js';
import { complete, holdMeeting, listedItem, waitForStatus } from './support/scenario.js';
import { isoDate } from '../core/calendar/dates.js';

let sys: TestSystem;
let coordinator: string;
let fgw: string;
let scjg: string;

beforeAll(async () => {
  sys = await startTestSystem();
  [coordinator, fgw, scjg] = await Promise.all(['coordinator', 'fgw', 'scjg'].map((u) => sys.login(u)));
});
afterAll(async () => {
  await sys?.cleanup();
});

async function documentText(itemNo: string, form: number, token: string) {
  const r = await fetch(`${sys.url}/api/items/${itemNo}/forms/${form}.docx`, { headers: { authorization: `Bearer ${token}` } });
  if (r.status !== 200) return { status: r.status, text: '' };
  const zip = await JSZip.loadAsync(Buffer.from(await r.arrayBuffer()));
  const xml = await zip.file('word/document.xml')!.async('string');
  return { status: r.status, disposition: r.headers.get('content-disposition'), text: xml.replace(/<[^>]+>/g, '') };
}

describe('the seed’s forms as Word documents', () => {
  it('fill 议题表 from form 1 and 议题办理情况表 from the department’s reply', async () => {
    // given an item handled by 发改委
    const listed = await listedItem(sys, coordinator, 'docx');
    await holdMeeting(sys, coordinator, isoDate(new Date()), [{ itemNo: listed.itemNo, decision: 'single', leadDept: 'dept-fgw' }]);
    await complete(sys, coordinator, listed.processInstanceId!, 'DispatchItem', {});
    await waitForTask(sys.engine, listed.processInstanceId!, 'HandleItem');
    await complete(sys, fgw, listed.processInstanceId!, 'HandleItem', { content: '已协调供电公司缩短报装时限。', feedback: '已电话告知企业。', contact: '刘经办', phone: '0477-7654321' });
    await waitForStatus(sys, listed.itemNo, 'reviewing');
    // when the documents are downloaded
    const form1 = await documentText(listed.itemNo, 1, coordinator);
    const form2 = await documentText(listed.itemNo, 2, fgw);
    // then each carries the form's title and rows, filled in
    expect(form1.disposition).toMatch(/^attachment;/);
    expect(form1.text).toContain('乌审旗政务服务“亲清”政企恳谈会议题表');
    expect(form1.text).toContain(`编号：${listed.itemNo}`);
    expect(form1.text).toContain(listed.enterpriseName);
    expect(form1.text).toContain(listed.problem);
    expect(form2.text).toContain('议题办理情况表');
    expect(form2.text).toContain('乌审旗发展和改革委员会');
    expect(form2.text).toContain('已协调供电公司缩短报装时限。');
    expect(form2.text).toContain('已电话告知企业。');
    expect(form2.text).toContain('刘经办');
    expect((await documentText(listed.itemNo, 3, coordinator)).text).toContain('总体评价表');
  });

  it('are for those who may see the item, and only forms 1 to 3 exist', async () => {
    const listed = await listedItem(sys, coordinator, 'docx-2');
    expect((await documentText(listed.itemNo, 1, scjg)).status).toBe(404);
    expect((await documentText(listed.itemNo, 4, coordinator)).status).toBe(404);
  });
});

// The chaos run's load, through the app's public and staff API as its users would send it: submissions (staff API
// and Open311), screenings (accepting some, declining others, which notifies the enterprise by e-mail), extension
// requests on items in handling and their approvals (which notify the department's robot), and an import.
// Every request may fail while a part is down; only answers count, and what was acknowledged is remembered.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function createLoad({ app, tag, password }) {
  const acked = new Map(); // clientRequestId or Open311 original id → itemNo
  const extensions = new Set(); // ids of acknowledged extension requests
  const sent = { submissions: 0, open311: 0, screenings: 0, extensionRequests: 0, approvals: 0 };
  const refusedExtensions = {}; // code of each refused extension request → how many (the limit, one pending, …)
  const handling = [];
  let seq = 0;

  async function send(path, { method = 'GET', token, body, headers = {} } = {}) {
    try {
      const json = body !== undefined && typeof body !== 'string' && !(body instanceof Uint8Array);
      const r = await fetch(app + path, {
        method,
        headers: { ...(json ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: json ? JSON.stringify(body) : body,
        signal: AbortSignal.timeout(20_000),
      });
      return { status: r.status, body: await r.json().catch(() => null) };
    } catch (e) {
      return { status: 0, body: String(e.message) };
    }
  }
  async function login(username = 'coordinator') {
    const r = await send('/api/auth/login', { method: 'POST', body: { username, password } });
    return r.status === 200 ? r.body.token : null;
  }
  const tasks = async (token, taskKey) => (await send(`/api/tasks?taskKey=${taskKey}&pageSize=200`, { token })).body?.tasks ?? [];
  async function until(probe, what, ms = 60_000) {
    const t0 = Date.now();
    for (;;) {
      const v = await probe();
      if (v) return v;
      if (Date.now() - t0 > ms) throw new Error(`chaos setup: timed out waiting for ${what}`);
      await sleep(300);
    }
  }
  /** Completes the open `taskKey` task of each business key, waiting for it to appear. */
  async function completeEach(token, taskKey, keys, body) {
    for (const key of keys) {
      const task = await until(async () => (await tasks(token, taskKey)).find((t) => t.businessKey === key), `${taskKey} of ${key}`);
      const r = await send(`/api/tasks/${task.id}/complete`, { method: 'POST', token, body: typeof body === 'function' ? body(key) : body });
      if (r.status !== 204) throw new Error(`chaos setup: ${taskKey} of ${key} answered ${r.status} ${JSON.stringify(r.body)}`);
    }
  }

  /** Before the faults: `n` items through screening, a meeting with ten enterprises and dispatch, into handling. */
  async function itemsInHandling(n) {
    const token = await login();
    const nos = [];
    for (let i = 0; i < n; i++) {
      const r = await send('/api/items', { method: 'POST', token, body: { channel: 'visit', enterpriseName: `混沌办理企业${i}`, personInCharge: '张三', phone: '13800000000', problem: `混沌测试办理中的问题 ${i}`, clientRequestId: `chaos-${tag}-h${i}` } });
      if (r.status !== 201) throw new Error(`chaos setup: submission answered ${r.status}`);
      acked.set(`chaos-${tag}-h${i}`, r.body.itemNo);
      nos.push(r.body.itemNo);
    }
    await completeEach(token, 'ScreenItem', nos, { screening: 'accept' });
    await until(async () => (await Promise.all(nos.map((no) => send(`/api/items/${no}`, { token })))).every((r) => r.body?.item?.status === 'listed'), 'the items to be listed');
    const meeting = await send('/api/meetings', { method: 'POST', token, body: { title: '混沌测试恳谈会' } });
    if (meeting.status !== 201) throw new Error(`chaos setup: meeting answered ${meeting.status}`);
    const enterprises = Array.from({ length: 10 }, (_, i) => `混沌恳谈企业${i + 1}`);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    await completeEach(token, 'PlanMeeting', [meeting.body.meetingNo], { title: '混沌测试恳谈会', plannedDate: today, place: '政务服务中心', agenda: nos, invitees: enterprises.map((e) => ({ enterpriseName: e, representative: '李总', phone: '13700001111' })) });
    await completeEach(token, 'RecordMeeting', [meeting.body.meetingNo], { heldDate: today, attended: enterprises, minutes: '会议纪要', decisions: nos.map((itemNo) => ({ itemNo, decision: 'single', leadDept: 'dept-fgw' })) });
    await completeEach(token, 'DispatchItem', nos, {});
    const fgw = await login('fgw'); // the lead department sees its handling tasks
    await until(async () => { const open = new Set((await tasks(fgw, 'HandleItem')).map((t) => t.businessKey)); return nos.every((no) => open.has(no)); }, 'the items to be in handling');
    handling.push(...nos);
  }

  /** One round of `perRound` submissions, with screenings, extension requests and approvals of earlier work. */
  async function round(perRound) {
    const [coordinator, fgw] = await Promise.all([login(), login('fgw')]);
    const jobs = [];
    for (let i = 0; i < perRound; i++) {
      const n = ++seq;
      if (n % 3 === 0) {
        sent.open311++;
        const ref = `GD-CHAOS-${tag}-${n}`;
        jobs.push(send('/open311/v2/requests.json', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ api_key: 'chaos-key', service_code: 'enterprise-problem', description: `混沌测试诉求 ${n}`, phone: '13800000000', email: `open311-${n}@chaos.example`, 'attribute[enterprise_name]': `混沌测试企业${n}`, 'attribute[original_id]': ref }).toString() })
          .then((r) => { if (r.status === 201) acked.set(ref, r.body[0].service_request_id); }));
      } else if (coordinator) {
        sent.submissions++;
        const id = `chaos-${tag}-${n}`;
        jobs.push(send('/api/items', { method: 'POST', token: coordinator, body: { channel: 'visit', enterpriseName: `混沌测试企业${n}`, personInCharge: '张三', phone: '13800000000', email: `item-${n}@chaos.example`, problem: `混沌测试问题 ${n}`, clientRequestId: id } })
          .then((r) => { if (r.status === 201 || r.status === 200) acked.set(id, r.body.itemNo); }));
      }
    }
    if (coordinator) {
      // screenings of earlier items: every other one declined, which tells the enterprise by e-mail
      for (const [k, t] of (await tasks(coordinator, 'ScreenItem')).slice(0, 6).entries()) {
        sent.screenings++;
        jobs.push(send(`/api/tasks/${t.id}/complete`, { method: 'POST', token: coordinator, body: k % 2 ? { screening: 'decline', reason: '不属于政务服务事项' } : { screening: 'accept' } }));
      }
      for (const t of await tasks(coordinator, 'ApproveExtension')) {
        sent.approvals++;
        jobs.push(send(`/api/tasks/${t.id}/complete`, { method: 'POST', token: coordinator, body: { approved: true, note: '同意' } }));
      }
    }
    if (fgw) {
      for (const no of handling) {
        sent.extensionRequests++;
        jobs.push(send(`/api/items/${no}/extensions`, { method: 'POST', token: fgw, body: { reason: '需要会签', days: 3 } })
          .then((r) => {
            if (r.status === 202) extensions.add(r.body.id);
            else refusedExtensions[r.body?.code ?? r.status] = (refusedExtensions[r.body?.code ?? r.status] ?? 0) + 1;
          }));
      }
    }
    await Promise.all(jobs);
  }

  /** Uploads and starts an import of `rows` visit records, each with its own registration number. */
  async function startImport(rows) {
    const token = await login();
    const csv = '登记编号,提交企业,联系人,电话,反映问题\r\n' + Array.from({ length: rows }, (_, i) => `ZF-${tag}-${i},混沌导入企业${i},李四,13800000000,混沌导入问题 ${i}`).join('\r\n') + '\r\n';
    const up = await send('/api/imports?name=chaos.csv', { method: 'POST', token, headers: { 'content-type': 'application/octet-stream' }, body: new TextEncoder().encode(csv) });
    if (up.status !== 201) return null;
    const started = await send(`/api/imports/${up.body.job.id}/start`, { method: 'POST', token, body: { channel: 'visit', columns: { ...up.body.suggested, sourceRef: '登记编号' } } });
    return started.status < 300 ? { jobId: up.body.job.id, refs: Array.from({ length: rows }, (_, i) => `ZF-${tag}-${i}`), csv } : null;
  }

  /** As an operator would after a restart: an import cut off is started again until one run finishes. */
  async function finishImport(imp, rows) {
    let current = imp ?? (await startImport(rows));
    for (let attempt = 0; attempt < 5; attempt++) {
      const token = await login();
      const job = await until(async () => { const r = await send(`/api/imports/${current.jobId}`, { token }); return r.body?.job?.status !== 'running' && r.body?.job; }, 'the import to stop', 180_000);
      if (job.status === 'finished') return { reruns: attempt, job };
      current = (await startImport(rows)) ?? current;
    }
    throw new Error('the import did not finish in five runs');
  }

  return { send, login, acked, extensions, refusedExtensions, sent, itemsInHandling, round, startImport, finishImport };
}

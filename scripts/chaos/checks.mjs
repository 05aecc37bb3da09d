// What the chaos run checks once the load has stopped and the system has settled, from the app's database, the
// engine and the two receivers — never from what the app says of itself.

/** Every acknowledged submission stored once with its instance; no instance without its item; no import row twice. */
export async function checkItems({ sql, engineGet, acked, importRefs }) {
  const items = await sql('SELECT item_no, client_request_id, source_ref, process_instance_id FROM item');
  const byNo = new Map(items.map((i) => [i.item_no, i]));
  const dupRequests = await sql('SELECT client_request_id, COUNT(*) n FROM item WHERE client_request_id IS NOT NULL GROUP BY client_request_id HAVING COUNT(*) > 1');
  const instances = [];
  for (let first = 0; ; first += 500) {
    const page = await engineGet(`/process-instance?processDefinitionKey=qinqing-item&firstResult=${first}&maxResults=500`);
    instances.push(...page);
    if (page.length < 500) break;
  }
  const running = new Set(instances.map((p) => p.id));
  const finished = new Set(items.filter((i) => !running.has(i.process_instance_id)).map((i) => i.process_instance_id).filter(Boolean));
  // items whose instance has ended (declined ones) are not "without instance": their history says so
  const ended = new Set();
  for (const id of finished) {
    const h = await engineGet(`/history/process-instance/${id}`).catch(() => null);
    if (h?.state === 'COMPLETED') ended.add(id);
  }
  const refCounts = new Map(importRefs.map((r) => [r, 0]));
  for (const i of items) if (refCounts.has(i.source_ref)) refCounts.set(i.source_ref, refCounts.get(i.source_ref) + 1);
  return {
    acknowledged: acked.size,
    found: [...acked.values()].filter((no) => byNo.has(no)).length,
    lost: [...acked.values()].filter((no) => !byNo.has(no)).length,
    duplicated: dupRequests.length,
    orphanInstances: instances.filter((p) => !byNo.has(p.businessKey)).length,
    itemsWithoutInstance: items.filter((i) => !running.has(i.process_instance_id) && !ended.has(i.process_instance_id)).length,
    importRows: importRefs.length,
    importRowsMissing: [...refCounts.values()].filter((n) => n === 0).length,
    importRowsTwice: [...refCounts.values()].filter((n) => n > 1).length,
  };
}

/** Every acknowledged extension request stored. */
export async function checkExtensions({ sql, extensions, refused }) {
  const rows = await sql('SELECT id, status FROM extension_request');
  const ids = new Set(rows.map((r) => r.id));
  return { acknowledged: extensions.size, refusedWithCode: refused, lost: [...extensions].filter((id) => !ids.has(id)).length, byStatus: Object.fromEntries(['pending', 'approved', 'refused', 'refusedLimit'].map((s) => [s, rows.filter((r) => r.status === s).length])) };
}

/**
 * Every notice to an outside recipient (e-mail, robot) reached it exactly once: e-mails are matched by the
 * Message-ID the notice's row gives them, robot messages by their text (which names the item and the event).
 * A kill that lands between a send and its being recorded makes the next attempt send again (a robot cannot be
 * asked whether it has the message): such a resend, of a row claimed more than once, is counted apart from a
 * duplicate of a row sent in one attempt, which would be a bug.
 */
export async function checkNotices({ sql, mail, robot }) {
  const rows = await sql("SELECT id, channel, status, subject, body, attempts FROM notification WHERE channel IN ('email', 'wecom')");
  const count = (list) => list.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map());
  const byId = count(mail.messages.map((m) => m.messageId));
  const byText = count(robot.received);
  const expectedText = count(rows.filter((r) => r.channel === 'wecom').map((r) => `【${r.subject}】\n${r.body}`));
  const result = { email: 0, robot: 0, unsent: 0, missing: 0, duplicated: 0, resentAfterCrash: 0, unexpected: 0 };
  const retriedText = new Set(rows.filter((r) => r.channel === 'wecom' && r.attempts > 1).map((r) => `【${r.subject}】\n${r.body}`));
  for (const r of rows) {
    if (r.status !== 'sent') { result.unsent++; continue; }
    if (r.channel === 'email') {
      result.email++;
      const n = [...byId.entries()].find(([id]) => id?.startsWith(`<notice-${r.id}@`))?.[1] ?? 0;
      if (n === 0) result.missing++;
      if (n > 1) result[r.attempts > 1 ? 'resentAfterCrash' : 'duplicated'] += n - 1;
    } else {
      result.robot++;
    }
  }
  for (const [text, n] of byText) {
    const want = expectedText.get(text) ?? 0;
    if (want === 0) result.unexpected += n;
    else if (n > want) result[retriedText.has(text) ? 'resentAfterCrash' : 'duplicated'] += n - want;
  }
  for (const [text, want] of expectedText) if ((byText.get(text) ?? 0) < want) result.missing += want - (byText.get(text) ?? 0);
  result.unexpected += [...byId.keys()].filter((id) => !rows.some((r) => r.channel === 'email' && id?.startsWith(`<notice-${r.id}@`))).length;
  return result;
}

/** Incidents the engine holds: each is a step that failed for good and needs a person. */
export async function checkIncidents({ engineGet }) {
  const incidents = await engineGet('/incident');
  return incidents.map((i) => ({ type: i.incidentType, activity: i.activityId, message: String(i.incidentMessage ?? '').slice(0, 200) }));
}

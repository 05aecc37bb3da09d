/**
 * Tells coordinators and designers (in the app) how a start's release of bpmn/ stands to the designer's
 * deployments: a designer's deployment newer than the release is what runs, and the next release would replace
 * it unless it is made from the designer's models; a release that replaced a designer's deployment says so.
 * Each is said once per deployment (the notices' dedupe key).
 */
import { GROUP } from '../contract.js';
import { beijingTime } from '../calendar/dates.js';
import type { Notifier } from '../notify/notifier.js';
import type { ReleaseOutcome } from './deploy-models.js';

export async function announceRelease(notifier: Notifier, outcome: ReleaseOutcome): Promise<void> {
  const tell = async (key: string, subject: string, body: string) => {
    for (const group of [GROUP.coordinator, GROUP.designer]) await notifier.notify({ dedupeKey: key, recipientType: 'group', recipient: group, subject, body });
  };
  if (outcome.designerNewer) {
    const d = outcome.designerNewer;
    await tell(`models:designer-newer:${d.id}`, '流程设计器的部署比系统发布的模型新',
      `流程设计器于 ${beijingTime(new Date(d.deploymentTime))} 部署的模型正在使用，比随系统发布的 bpmn/ 新。请在“流程设计”中下载这些模型，纳入下一次系统发布；否则下一次发布将以发布的模型为最新版本。`);
  }
  if (outcome.replacedDesigner) {
    const d = outcome.replacedDesigner;
    await tell(`models:designer-replaced:${d.id}`, '系统发布替换了流程设计器的部署',
      `本次系统发布的模型已成为最新版本，替换了流程设计器于 ${beijingTime(new Date(d.deploymentTime))} 的部署。设计器中的修改如需保留，请在“流程设计”中比较后重新部署；运行中的实例保持原版本，可在“版本迁移”中迁移。`);
  }
}

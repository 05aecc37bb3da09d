import { describe, expect, it } from '@jest/globals';
import { checkContract, type KnownContract, type ModelSet } from './contract-check.js';
import type { ElementFact } from './lint.js';

const known: KnownContract = { topics: ['notify'], processes: ['p'], activities: ['Wait'], messages: ['Go'], formFields: { ReviewForm: ['verdict', 'note'] } };
const el = (id: string, type: string, more: Partial<ElementFact> = {}): ElementFact => ({ id, type, name: null, topic: null, formRef: null, formRefBinding: null, ...more });
const setOf = (elements: ElementFact[], forms: ModelSet['forms'] = [{ name: 'forms/Review.form', id: 'ReviewForm', fields: ['verdict', 'note'] }], messages = ['Go']): ModelSet => ({
  models: [{ name: 'p.bpmn', facts: { processes: [{ id: 'p', elements: [el('Wait', 'ReceiveTask'), ...elements] }], messages } }],
  forms,
});
const review = el('Review', 'UserTask', { formRef: 'ReviewForm', formRefBinding: 'deployment' });
const rules = (set: ModelSet) => checkContract(set, known).map((i) => `${i.id}:${i.rule}`);

describe('the code’s contract over a set of models and forms', () => {
  it('accepts a set whose topics have workers and whose tasks have their forms with the coded fields', () => {
    expect(rules(setOf([review, el('Send', 'ServiceTask', { topic: 'notify' })]))).toEqual([]);
  });

  it('names a service task whose topic no worker handles', () => {
    expect(rules(setOf([el('Fax', 'ServiceTask', { topic: 'send-fax' })]))).toEqual(['Fax:qinqing/topic-handled']);
  });

  it('names a user task without a form, with a form bound otherwise than by deployment, or with a form not deployed', () => {
    const set = setOf([
      el('NoForm', 'UserTask'),
      el('Latest', 'UserTask', { formRef: 'ReviewForm', formRefBinding: 'latest' }),
      el('Missing', 'UserTask', { formRef: 'GoneForm', formRefBinding: 'deployment' }),
    ]);
    expect(rules(set)).toEqual(['NoForm:qinqing/user-task-form', 'Latest:qinqing/user-task-form', 'Missing:qinqing/user-task-form']);
  });

  it('names a known form that asks for a field the code does not know or leaves out one it needs', () => {
    const [issue] = checkContract(setOf([review], [{ name: 'forms/Review.form', id: 'ReviewForm', fields: ['verdict', 'colour'] }]), known);
    expect([issue.file, issue.id, issue.rule]).toEqual(['forms/Review.form', 'Review', 'qinqing/form-fields']);
    expect(issue.message).toContain('缺少：note');
    expect(issue.message).toContain('系统不认识：colour');
  });

  it('lets a renamed task keep the code’s form, since the code knows a task by its form', () => {
    expect(rules(setOf([{ ...review, id: 'ReviewRenamed' }]))).toEqual([]);
  });

  it('names a process, an activity or a message the code needs that the set no longer has', () => {
    const set: ModelSet = { models: [{ name: 'q.bpmn', facts: { processes: [{ id: 'q', elements: [] }], messages: [] } }], forms: [] };
    expect(rules(set)).toEqual(['p:qinqing/process-required', 'Wait:qinqing/activity-required', 'Go:qinqing/message-required']);
  });
});

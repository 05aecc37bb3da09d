/**
 * The initial schema, written with TypeORM's portable Table API so that one migration runs on SQLite and on
 * MySQL/MariaDB alike. A migration is a frozen snapshot: later changes get new migrations.
 */
import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex, TableUnique } from 'typeorm';

const pk: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
const v = (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable });
const t = (name: string, isNullable = true): TableColumnOptions => ({ name, type: 'text', isNullable });
const i = (name: string, isNullable = false, dflt?: number): TableColumnOptions => ({ name, type: 'int', isNullable, default: dflt });
const dt = (name: string, isNullable = true): TableColumnOptions => ({ name, type: 'datetime', precision: 3, isNullable });
const created: TableColumnOptions = { name: 'created_at', type: 'datetime', precision: 3, default: 'CURRENT_TIMESTAMP(3)' };
const uq = (name: string, ...columnNames: string[]) => new TableUnique({ name, columnNames });
const ix = (name: string, ...columnNames: string[]) => new TableIndex({ name, columnNames });

export class InitialSchema1795000000000 implements MigrationInterface {
  name = 'InitialSchema1795000000000';

  async up(q: QueryRunner): Promise<void> {
    // SQLite has no CURRENT_TIMESTAMP(3); TypeORM fills created_at itself, the default only serves raw inserts.
    const sqlite = q.connection.options.type === 'better-sqlite3';
    const createdCol: TableColumnOptions = sqlite ? { ...created, default: "(strftime('%Y-%m-%d %H:%M:%f','now'))" } : created;
    const table = (name: string, columns: TableColumnOptions[], uniques: TableUnique[] = [], indices: TableIndex[] = []) =>
      q.createTable(new Table({ name, columns, uniques, indices }), true);

    await table('department', [pk, v('code', 64), v('name', 100), v('contact', 50, true), v('phone', 30, true), createdCol],
      [uq('uq_department_code', 'code')]);
    await table('enterprise', [pk, v('name', 200), v('credit_code', 18, true), v('person_in_charge', 50, true), v('phone', 30, true), createdCol],
      [uq('uq_enterprise_name', 'name')]);
    await table('item', [
      pk, v('item_no', 32), v('channel', 32), v('source_ref', 64, true), i('enterprise_id', true), v('enterprise_name', 200),
      v('person_in_charge', 50), v('phone', 30), v('email', 200, true), v('submitted_on', 10), t('problem', false),
      t('suggestion'), t('remarks'), v('status', 32), v('tracking_code_hash', 64), v('client_request_id', 64, true),
      v('process_instance_id', 64, true), i('merged_into_id', true), i('meeting_id', true), v('decision', 16, true),
      v('lead_dept', 64, true), v('co_depts', 500, true), dt('dispatch_due'), dt('dispatched_at'), dt('handling_due'),
      dt('replied_at'), t('reply'), i('extension_count', false, 0), i('rehandle_count', false, 0), v('evaluation', 16, true),
      v('re_review_date', 10, true), dt('published_at'), dt('closed_at'), createdCol,
      { ...createdCol, name: 'updated_at' },
    ], [uq('uq_item_no', 'item_no'), uq('uq_item_client_request', 'client_request_id'), uq('uq_item_channel_source', 'channel', 'source_ref')],
    [ix('ix_item_status', 'status'), ix('ix_item_lead_dept', 'lead_dept')]);
    await table('meeting', [
      pk, v('meeting_no', 32), v('title', 200), v('kind', 32), v('quarter_key', 8), v('planned_date', 10, true),
      v('place', 200, true), v('held_date', 10, true), v('status', 16), t('minutes'), v('process_instance_id', 64, true), createdCol,
    ], [uq('uq_meeting_no', 'meeting_no')]);
    await table('meeting_topic', [
      pk, i('meeting_id'), i('item_id'), v('decision', 16, true), v('lead_dept', 64, true), v('co_depts', 500, true),
      t('answer'), v('re_review_date', 10, true), dt('applied_at'),
    ], [uq('uq_meeting_topic', 'meeting_id', 'item_id')]);
    await table('meeting_attendance', [
      pk, i('meeting_id'), v('enterprise_name', 200), v('representative', 50, true), v('phone', 30, true),
      { name: 'attended', type: 'boolean', default: false },
    ], [uq('uq_meeting_attendance', 'meeting_id', 'enterprise_name')]);
    await table('handling_record', [
      pk, i('item_id'), i('round', false, 1), v('dept_code', 64), v('role', 16), t('content', false), v('contact', 50),
      v('phone', 30), v('task_id', 64), v('submitted_by', 64), createdCol,
    ], [uq('uq_handling_task', 'task_id')]);
    await table('extension_request', [
      pk, i('item_id'), v('dept_code', 64), v('requested_by', 64), t('reason', false), i('days'), v('status', 16),
      v('decided_by', 64, true), t('decision_note'), dt('old_due'), dt('new_due'), createdCol, dt('decided_at'),
    ], [], [ix('ix_extension_item', 'item_id')]);
    await table('evaluation', [
      pk, i('item_id'), v('source', 16), v('result', 16), t('overall_opinion'), t('other_suggestions'), t('remarks'),
      v('evaluator_name', 50, true), v('phone', 30, true), v('recorded_by', 64, true), i('round', false, 1), createdCol,
    ], [], [ix('ix_evaluation_item', 'item_id')]);
    await table('supervision', [
      pk, v('dedupe_key', 128), i('item_id', true), v('quarter_key', 8, true), v('level', 32), v('dept_code', 64, true),
      t('message', false), createdCol,
    ], [uq('uq_supervision_dedupe', 'dedupe_key')]);
    await table('notification', [
      pk, v('dedupe_key', 191), v('channel', 16), v('recipient_type', 16), v('recipient', 100), v('address', 200, true),
      v('subject', 200), t('body', false), i('item_id', true), v('status', 16), i('attempts', false, 0), dt('sent_at'),
      dt('read_at'), createdCol,
    ], [uq('uq_notification_dedupe', 'dedupe_key')], [ix('ix_notification_recipient', 'recipient_type', 'recipient')]);
    await table('calendar_year', [
      { name: 'year', type: 'int', isPrimary: true }, v('notice_title', 200), v('entered_by', 64), createdCol,
    ]);
    await table('calendar_day', [
      { name: 'date', type: 'varchar', length: '10', isPrimary: true }, i('year'), v('kind', 16), v('name', 50),
    ], [], [ix('ix_calendar_day_year', 'year')]);
    await table('action_log', [
      pk, v('actor', 64), v('action', 64), v('entity_type', 32), v('entity_id', 64), t('before'), t('after'), createdCol,
    ], [], [ix('ix_action_log_entity', 'entity_type', 'entity_id')]);
    await table('staff_session', [
      { name: 'token_hash', type: 'varchar', length: '64', isPrimary: true }, v('user_id', 64), v('display_name', 100),
      t('groups', false), dt('expires_at', false), createdCol,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of [
      'staff_session', 'action_log', 'calendar_day', 'calendar_year', 'notification', 'supervision', 'evaluation',
      'extension_request', 'handling_record', 'meeting_attendance', 'meeting_topic', 'meeting', 'item', 'enterprise',
      'department',
    ]) {
      await q.dropTable(name, true);
    }
  }
}

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuditLogDocument,
  CreateProjectDocument,
  SetTenantRuleDocument,
  TenantRulesDocument,
  UpdateProjectDocument,
} from '../schema/generated/graphql.js';
import { departmentId, snapshot } from './helpers/fixtures.js';
import { AS, startTestApp, type TestApp } from './helpers/test-app.js';

let app: TestApp;
let finance: string;
beforeAll(async () => {
  app = await startTestApp();
  finance = await departmentId(app, '370406', 'FIN');
});
afterAll(() => app?.close());

describe('region rules (地方规则)', () => {
  it('a region without settings runs on the national defaults', async () => {
    const rules = await app.request(TenantRulesDocument, {}, AS.shantingAdmin);
    const grade = rules.data!.tenantRules.find((rule) => rule.key === 'gradeScheme')!;
    expect(grade).toMatchObject({ isDefault: true, label: '评价等级方案', value: { name: 'NATIONAL_4' } });
  });

  it('铁岭经开区 grades on five levels, as its tenant file says; the province reads it', async () => {
    const rules = await app.request(TenantRulesDocument, { tenantCode: '211271' }, { role: 'PROVINCE_ANALYST', province: '21' });
    const grade = rules.data!.tenantRules.find((rule) => rule.key === 'gradeScheme')!;
    expect(grade.isDefault).toBe(false);
    expect((grade.value as { bands: { grade: string }[] }).bands.map((band) => band.grade)).toEqual(['EXCELLENT', 'GOOD', 'MEDIUM', 'LOW', 'POOR']);
    const hidden = await app.request(TenantRulesDocument, { tenantCode: '211271' }, AS.shandongAnalyst);
    expect(hidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a county admin sets a rule; the value is validated for its key', async () => {
    const set = await app.request(SetTenantRuleDocument, { key: 'rectificationDays', value: 45 }, AS.shantingAdmin);
    expect(set.data!.setTenantRule).toMatchObject({ key: 'rectificationDays', value: 45, isDefault: false });
  });

  it.each([
    ['weights that do not sum to 100', 'selfEvaluationWeights', { budgetExecution: 10, output: 50, benefit: 30, satisfaction: 20 }, /sum to 100; they sum to 110/],
    ['a threshold amount that is not yuan', 'preAssessmentTriggers', { newAmountMin: 4000000, increasePctMin: 30, increaseAmountMin: '4000000.00', termYearsMin: 3, mandatoryAll: false }, /yuan strings/],
    ['bands out of order', 'gradeScheme', { name: 'X', bands: [{ grade: 'GOOD', min: 80 }, { grade: 'EXCELLENT', min: 90 }, { grade: 'POOR', min: 0 }] }, /ordered from the highest/],
    ['a month-day that does not exist', 'monitoringCadence', { periodEnds: ['13-01'] }, /month-days/],
    ['a fraction of a day', 'rectificationDays', 1.5, /whole number of days/],
  ])('when a rule has %s, it fails with BAD_USER_INPUT on value and writes nothing', async (_what, key, value, message) => {
    const before = await snapshot(app);
    const result = await app.request(SetTenantRuleDocument, { key: key as never, value }, AS.shantingAdmin);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
    expect(result.errors?.[0].message).toMatch(message);
    expect(await snapshot(app)).toBe(before);
  });

  it.each([
    ['a department user', AS.laiwuWaterUser],
    ['a province admin', AS.shandongAdmin],
  ])('when %s sets a rule, it is refused', async (_who, as) => {
    const result = await app.request(SetTenantRuleDocument, { key: 'rectificationDays', value: 10 }, as);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the audit log (审计日志)', () => {
  it('records who changed what, when, in which tenant, with before and after', async () => {
    const created = await app.request(CreateProjectDocument, { input: { departmentId: finance, code: 'AUD1', name: '审计项目', kindCode: '31' } }, { ...AS.shantingAdmin, subject: 'zhang.san' });
    const id = created.data!.createProject.id;
    await app.request(UpdateProjectDocument, { input: { id, version: 1, name: '审计项目（改）' } }, { ...AS.shantingAdmin, subject: 'li.si' });
    const log = await app.request(AuditLogDocument, { filter: { entity: 'project', entityId: id } }, AS.shantingAdmin);
    const events = log.data!.auditLog.nodes;
    expect(events.map((e) => [e.action, e.actorSubject, e.actorRole, e.operation, e.tenant.code])).toEqual([
      ['INSERT', 'zhang.san', 'COUNTY_ADMIN', 'createProject', '370406'],
      ['UPDATE', 'li.si', 'COUNTY_ADMIN', 'updateProject', '370406'],
    ]);
    expect(events[1].before).toMatchObject({ name: '审计项目', version: 1 });
    expect(events[1].after).toMatchObject({ name: '审计项目（改）', version: 2 });
  });

  it('a refused change leaves no audit entry', async () => {
    const before = await app.sql('select count(*)::int as n from audit_event');
    await app.request(CreateProjectDocument, { input: { departmentId: finance, code: 'AUD1', name: '重复', kindCode: '31' } }, AS.shantingAdmin);
    expect(await app.sql('select count(*)::int as n from audit_event')).toEqual(before);
  });

  it('county admins read their tenant’s entries, the province its tenants’; others read nothing', async () => {
    const own = await app.request(AuditLogDocument, { first: 100 }, AS.shantingAdmin);
    expect(new Set(own.data!.auditLog.nodes.map((e) => e.tenant.code))).toEqual(new Set(['370406']));
    const province = await app.request(AuditLogDocument, { filter: { entity: 'project' } }, AS.shandongAnalyst);
    expect(province.data!.auditLog.totalCount).toBeGreaterThanOrEqual(2);
    const other = await app.request(AuditLogDocument, { filter: { entity: 'project' } }, AS.laiwuAdmin);
    expect(other.data!.auditLog.totalCount).toBe(0);
    for (const as of [AS.laiwuWaterUser, AS.shandongBi]) {
      const refused = await app.request(AuditLogDocument, {}, as);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('nobody can change or delete it: not the API role, not even the owner', async () => {
    const api = new pg.Client({ connectionString: app.apiUrl });
    await api.connect();
    try {
      for (const sql of ['update audit_event set actor_subject = $1', 'delete from audit_event where actor_subject <> $1', 'insert into audit_event (tenant_id, actor_subject, action, entity) select id, $1, \'INSERT\', \'x\' from tenant']) {
        await expect(api.query(sql, ['mallory'])).rejects.toMatchObject({ code: '42501' });
      }
    } finally {
      await api.end();
    }
    await expect(app.sql(`update audit_event set actor_subject = 'mallory'`)).rejects.toThrow(/append-only/);
    await expect(app.sql(`delete from audit_event`)).rejects.toThrow(/append-only/);
  });
});

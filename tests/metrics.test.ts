import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  CompareTenantsDocument,
  MetricRowsDocument,
  MetricsDocument,
  MetricTrendDocument,
  RecordTrainingDocument,
  type CompareTenantsQuery,
} from '../schema/generated/graphql.js';
import { METRICS } from '../server/metrics/metric.registry.js';
import { METRIC_ROW_COLUMNS } from '../server/metrics/metric.types.js';
import { AS, startTestApp, type GraphQLResult, type TestApp, type TokenSpec } from './helpers/test-app.js';

/**
 * A hand-made province 99 (测试省) with four tenants, so the figures below are exact and no other
 * test's or fixture's rows can change them:
 *   990101 甲区 (DISTRICT, 甲市 9901): the full chain, every metric family
 *   990102 乙县 (COUNTY, 甲市 9901):   trainings (ties with 甲区), a draft appraisal, rule mandatoryAll
 *   990201 丙县 (COUNTY, 乙市 9902):   one project year, one key evaluation, one self-evaluation
 *   990202 丁开发区 (DEV_ZONE, 乙市 9902): nothing at all
 */
const R = 2024;
const A = '990101';
const B = '990102';
const C = '990201';
const D = '990202';
const P99 = {
  analyst: { role: 'PROVINCE_ANALYST', province: '99' },
  admin: { role: 'PROVINCE_ADMIN', province: '99' },
  bi: { role: 'BI_READER', province: '99' },
  adminA: { role: 'COUNTY_ADMIN', tenant: A },
  biA: { role: 'BI_READER', tenant: A },
  deptUserA: { role: 'DEPARTMENT_USER', tenant: A, department: 'D1' },
  adminD: { role: 'COUNTY_ADMIN', tenant: D },
} as const satisfies Record<string, TokenSpec>;
const SHILOU = '141126';
const SHANGYOU = '360724';

let app: TestApp;
const tenantIds: Record<string, string> = {};

/** Inserts one row as the owner and returns its id. */
async function insert(table: string, row: Record<string, unknown>): Promise<string> {
  const columns = Object.keys(row);
  const [inserted] = await app.sql<{ id: string }>(
    `insert into ${table} (${columns.join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')}) returning id`,
    Object.values(row),
  );
  return inserted.id;
}

async function department(tenant: string, code: string, kind: 'DEPARTMENT' | 'AGENCY' | 'TOWNSHIP' = 'DEPARTMENT', parentId: string | null = null) {
  return insert('department', { tenant_id: tenantIds[tenant], code, name: `${code} 单位`, kind, parent_id: parentId, is_first_level: kind === 'DEPARTMENT' && !parentId });
}

interface YearSpec {
  tenant: string;
  department: string;
  code: string;
  kind?: string;
  nature?: 'NEW' | 'CONTINUING';
  termYears?: number;
  isPolicy?: boolean;
  fiscalYear?: number;
  status?: string;
  requested?: string;
  approved?: string;
  adjusted?: string | null;
  previous?: string | null;
  exemption?: string | null;
  selfEvaluationRequired?: boolean;
}

/** A library project with one budget year; returns both ids. */
async function projectYear(spec: YearSpec): Promise<{ projectId: string; yearId: string; departmentId: string; tenantId: string }> {
  const tenantId = tenantIds[spec.tenant];
  const projectId = await insert('project', {
    tenant_id: tenantId,
    department_id: spec.department,
    code: spec.code,
    name: `项目 ${spec.code}`,
    kind_code: spec.kind ?? '31',
    nature: spec.nature ?? 'NEW',
    term_years: spec.termYears ?? 1,
    is_policy: spec.isPolicy ?? false,
  });
  const approved = spec.approved ?? '0.00';
  const yearId = await insert('project_year', {
    tenant_id: tenantId,
    project_id: projectId,
    department_id: spec.department,
    project_code: spec.code,
    fiscal_year: spec.fiscalYear ?? R,
    budget_type: 'GENERAL_PUBLIC',
    requested_amount: spec.requested ?? approved,
    approved_amount: approved,
    adjusted_amount: spec.adjusted ?? null,
    previous_year_amount: spec.previous ?? null,
    pre_assessment_exemption: spec.exemption ?? null,
    status: spec.status ?? 'APPROVED',
    self_evaluation_required: spec.selfEvaluationRequired ?? false,
  });
  return { projectId, yearId, departmentId: spec.department, tenantId };
}

async function goal(options: { tenantId: string; departmentId: string; projectYearId?: string; fiscalYear?: number; status?: string; current?: boolean }) {
  return insert('performance_goal', {
    tenant_id: options.tenantId,
    subject: options.projectYearId ? 'PROJECT' : 'DEPARTMENT',
    project_year_id: options.projectYearId ?? null,
    department_id: options.departmentId,
    fiscal_year: options.fiscalYear ?? R,
    goal_text: '年度绩效目标',
    status: options.status ?? 'ISSUED',
    is_current: options.current ?? true,
  });
}

async function monitoringRound(tenantId: string, periodEnd: string) {
  return insert('monitoring_round', {
    tenant_id: tenantId,
    fiscal_year: Number(periodEnd.slice(0, 4)),
    period_end: periodEnd,
    due_date: periodEnd,
    title: `${periodEnd} 监控`,
    kind: 'PERIODIC',
  });
}

async function monitoringRecord(roundId: string, year: { tenantId: string; yearId: string; departmentId: string }, goalId: string, status: string) {
  return insert('monitoring_record', {
    tenant_id: year.tenantId,
    round_id: roundId,
    subject: 'PROJECT',
    project_year_id: year.yearId,
    goal_id: goalId,
    department_id: year.departmentId,
    executed_to_date: '100.00',
    expected_year_end: '200.00',
    status,
    warning_level: status === 'DRAFT' ? null : 'GREEN',
  });
}

async function selfEvaluation(options: {
  tenantId: string;
  departmentId: string;
  goalId: string;
  projectYearId?: string;
  status: string;
  score: string;
  grade: string;
}) {
  return insert('self_evaluation', {
    tenant_id: options.tenantId,
    subject: options.projectYearId ? 'PROJECT' : 'DEPARTMENT',
    project_year_id: options.projectYearId ?? null,
    department_id: options.departmentId,
    goal_id: options.goalId,
    fiscal_year: R - 1,
    conducted_year: R,
    budget_amount: '100.00',
    executed_amount: '100.00',
    execution_rate: '1.0000',
    execution_score: '10.00',
    total_score: options.score,
    grade: options.grade,
    status: options.status,
  });
}

async function recheck(tenantId: string, departmentId: string, selfEvaluationId: string, large: boolean) {
  return insert('self_evaluation_recheck', {
    tenant_id: tenantId,
    self_evaluation_id: selfEvaluationId,
    department_id: departmentId,
    self_score: '90.00',
    self_grade: 'EXCELLENT',
    recheck_score: large ? '70.00' : '88.00',
    recheck_grade: large ? 'MEDIUM' : 'GOOD',
    discrepancy: large ? '20.00' : '2.00',
    grade_differs: true,
    large_discrepancy: large,
    notify: large,
    rechecker: '绩效股',
  });
}

/** A key evaluation; FINAL and later ones carry scores (90, 优). */
async function keyEvaluation(options: {
  tenantId: string;
  object: string;
  status: string;
  amount: string;
  conducted?: number;
  budgetType?: string;
  specialBond?: boolean;
  thirdParty?: string | null;
  projectYearId?: string;
  departmentId?: string;
  townshipId?: string;
}) {
  const scored = !['PLANNED', 'IN_PROGRESS'].includes(options.status);
  const conducted = options.conducted ?? R;
  return insert('key_evaluation', {
    tenant_id: options.tenantId,
    object: options.object,
    title: `${options.object} 评价`,
    fiscal_year: conducted - 1,
    year_conducted: conducted,
    project_year_id: options.projectYearId ?? null,
    department_id: options.departmentId ?? null,
    township_id: options.townshipId ?? null,
    budget_type: options.budgetType ?? 'GENERAL_PUBLIC',
    is_special_bond: options.specialBond ?? false,
    amount: options.amount,
    organizer: '财政局绩效股',
    third_party_name: options.thirdParty ?? null,
    decision_weight: '20',
    process_weight: '20',
    output_weight: '30',
    benefit_weight: '30',
    decision_score: scored ? '18' : null,
    process_score: scored ? '18' : null,
    output_score: scored ? '27' : null,
    benefit_score: scored ? '27' : null,
    total_score: scored ? '90' : null,
    grade: scored ? 'EXCELLENT' : null,
    status: options.status,
    feedback_issued_on: ['FEEDBACK_ISSUED', 'CLOSED'].includes(options.status) ? `${conducted}-04-30` : null,
  });
}

async function problem(tenantId: string, departmentId: string, keyEvaluationId: string, options: { suggestion: string | null; deadline: string | null; verifiedAt?: string }) {
  return insert('evaluation_problem', {
    tenant_id: tenantId,
    source: 'KEY_EVALUATION',
    key_evaluation_id: keyEvaluationId,
    category: 'IMPLEMENTATION',
    description: '问题',
    suggestion: options.suggestion,
    department_id: departmentId,
    deadline: options.deadline,
    status: options.verifiedAt ? 'VERIFIED' : 'OPEN',
    rectification_report: options.verifiedAt ? '已整改' : null,
    verified_at: options.verifiedAt ?? null,
  });
}

async function resultApplication(year: { tenantId: string; projectId: string; departmentId: string }, keyEvaluationId: string, action: string, delta: string, target: number) {
  return insert('result_application', {
    tenant_id: year.tenantId,
    key_evaluation_id: keyEvaluationId,
    evaluated_fiscal_year: R - 1,
    project_id: year.projectId,
    department_id: year.departmentId,
    action,
    amount_delta: delta,
    target_fiscal_year: target,
    decided_on: `${R}-10-01`,
  });
}

async function preAssessment(year: { tenantId: string; yearId: string; departmentId: string }, status: string, conclusion: string | null) {
  return insert('pre_assessment', { tenant_id: year.tenantId, project_year_id: year.yearId, department_id: year.departmentId, status, conclusion });
}

async function training(tenant: string, heldOn: string, attendees: number) {
  return insert('training_event', { tenant_id: tenantIds[tenant], held_on: heldOn, title: '绩效管理业务培训', attendees });
}

async function arrangeProvince99() {
  const [province] = await app.sql<{ id: string }>(`insert into province (code, name) values ('99', '测试省') returning id`);
  const [jia] = await app.sql<{ id: string }>(`insert into city (province_id, code, name) values ($1, '9901', '甲市') returning id`, [province.id]);
  const [yi] = await app.sql<{ id: string }>(`insert into city (province_id, code, name) values ($1, '9902', '乙市') returning id`, [province.id]);
  for (const [code, name, kind, city] of [
    [A, '甲区', 'DISTRICT', jia.id],
    [B, '乙县', 'COUNTY', jia.id],
    [C, '丙县', 'COUNTY', yi.id],
    [D, '丁开发区', 'DEV_ZONE', yi.id],
  ]) {
    tenantIds[code] = await insert('tenant', { province_id: province.id, city_id: city, code, name, kind });
  }
  const a = tenantIds[A];

  // 甲区: three first-level departments, an agency under D1, two townships.
  const d1 = await department(A, 'D1');
  const d2 = await department(A, 'D2');
  const d3 = await department(A, 'D3');
  const agency = await department(A, 'AG', 'AGENCY', d1);
  const t1 = await department(A, 'T1', 'TOWNSHIP');
  await department(A, 'T2', 'TOWNSHIP');

  // PY(甲区, 2024) = P1, P2, P3; P4 (kind 21), P5 (not approved), P6 (approved 0) are outside it.
  const p1 = await projectYear({ tenant: A, department: d1, code: 'P1', approved: '1000000.00', adjusted: '1200000.00' });
  const p2 = await projectYear({ tenant: A, department: d2, code: 'P2', kind: '22', approved: '2000000.00', termYears: 3 });
  const p3 = await projectYear({ tenant: A, department: d1, code: 'P3', kind: '32', status: 'CLOSED', approved: '500000.50', nature: 'CONTINUING', previous: '300000.00' });
  const p4 = await projectYear({ tenant: A, department: d3, code: 'P4', kind: '21', approved: '3000000.00', requested: '5000000.00', exemption: 'EMERGENCY' });
  const p5 = await projectYear({ tenant: A, department: d2, code: 'P5', status: 'IN_LIBRARY', requested: '100000.00', isPolicy: true });
  const p6 = await projectYear({ tenant: A, department: d3, code: 'P6', kind: '33', requested: '14000000.00', nature: 'CONTINUING', previous: '10000000.00' });
  const g1 = await goal({ tenantId: a, departmentId: d1, projectYearId: p1.yearId });
  const g2 = await goal({ tenantId: a, departmentId: d2, projectYearId: p2.yearId, status: 'APPROVED' });
  const g3 = await goal({ tenantId: a, departmentId: d1, projectYearId: p3.yearId, status: 'SUPERSEDED', current: false });
  await goal({ tenantId: a, departmentId: d3, projectYearId: p4.yearId });
  await goal({ tenantId: a, departmentId: d2, projectYearId: p5.yearId, status: 'APPROVED' });
  await goal({ tenantId: a, departmentId: d1 });
  await goal({ tenantId: a, departmentId: d2, status: 'APPROVED' });
  await goal({ tenantId: a, departmentId: d3, status: 'DRAFT', current: false });
  await goal({ tenantId: a, departmentId: agency });

  // Monitoring: P1 audited, P2 only submitted, P3 audited (against its superseded goal).
  const round1 = await monitoringRound(a, `${R}-03-31`);
  const round2 = await monitoringRound(a, `${R}-06-30`);
  const round3 = await monitoringRound(a, `${R}-09-30`);
  await monitoringRecord(round1, p1, g1, 'AUDITED');
  await monitoringRecord(round2, p2, g2, 'SUBMITTED');
  await monitoringRecord(round3, p3, g3, 'AUDITED');

  // Disclosure: P1's goal on record; P2's project year withdrawn; P3 (no goal in force) disclosed.
  await insert('disclosure', { tenant_id: a, department_id: d1, fiscal_year: R, doc_type: 'GOAL_TABLE', subject_kind: 'GOAL', goal_id: g1, channel: 'TO_GOVERNMENT', published_on: `${R}-02-01` });
  await insert('disclosure', {
    tenant_id: a, department_id: d2, fiscal_year: R, doc_type: 'GOAL_TABLE', subject_kind: 'PROJECT_YEAR', project_year_id: p2.yearId,
    channel: 'TO_GOVERNMENT', published_on: `${R}-02-01`, status: 'WITHDRAWN', withdrawn_at: `${R}-03-01T00:00:00Z`,
  });
  await insert('disclosure', { tenant_id: a, department_id: d1, fiscal_year: R, doc_type: 'GOAL_TABLE', subject_kind: 'PROJECT_YEAR', project_year_id: p3.yearId, channel: 'TO_GOVERNMENT', published_on: `${R}-02-01` });

  // Fiscal year 2023 (R−1): P7 and P8 must self-evaluate, P9 need not; P7 was monitored in 2023.
  const p7 = await projectYear({ tenant: A, department: d1, code: 'P7', fiscalYear: R - 1, approved: '400000.00', selfEvaluationRequired: true });
  const p8 = await projectYear({ tenant: A, department: d2, code: 'P8', fiscalYear: R - 1, approved: '600000.00', adjusted: '500000.00', selfEvaluationRequired: true });
  const p9 = await projectYear({ tenant: A, department: agency, code: 'P9', fiscalYear: R - 1, approved: '700000.00' });
  const g7 = await goal({ tenantId: a, departmentId: d1, projectYearId: p7.yearId, fiscalYear: R - 1 });
  const g8 = await goal({ tenantId: a, departmentId: d2, projectYearId: p8.yearId, fiscalYear: R - 1 });
  const g9 = await goal({ tenantId: a, departmentId: agency, projectYearId: p9.yearId, fiscalYear: R - 1 });
  const gd1 = await goal({ tenantId: a, departmentId: d1, fiscalYear: R - 1 });
  const gd2 = await goal({ tenantId: a, departmentId: d2, fiscalYear: R - 1 });
  await monitoringRecord(await monitoringRound(a, `${R - 1}-07-31`), p7, g7, 'AUDITED');
  const s7 = await selfEvaluation({ tenantId: a, departmentId: d1, goalId: g7, projectYearId: p7.yearId, status: 'FINANCE_REVIEWED', score: '92.50', grade: 'EXCELLENT' });
  await selfEvaluation({ tenantId: a, departmentId: d2, goalId: g8, projectYearId: p8.yearId, status: 'SUBMITTED', score: '95.00', grade: 'EXCELLENT' });
  await selfEvaluation({ tenantId: a, departmentId: agency, goalId: g9, projectYearId: p9.yearId, status: 'FINANCE_REVIEWED', score: '75.00', grade: 'MEDIUM' });
  const sd1 = await selfEvaluation({ tenantId: a, departmentId: d1, goalId: gd1, status: 'FINANCE_REVIEWED', score: '88.00', grade: 'GOOD' });
  await selfEvaluation({ tenantId: a, departmentId: d2, goalId: gd2, status: 'SUBMITTED', score: '80.00', grade: 'GOOD' });
  await recheck(a, d1, s7, false);
  await recheck(a, d1, sd1, true);

  // Key evaluations conducted in 2024: four count (石楼's split by budget type), the rest do not.
  const k1 = await keyEvaluation({ tenantId: a, object: 'PROJECT', status: 'FINAL', amount: '17211000.00', thirdParty: '某某绩效评价咨询有限公司', projectYearId: p1.yearId, departmentId: d1 });
  const k2 = await keyEvaluation({ tenantId: a, object: 'POLICY', status: 'FEEDBACK_ISSUED', amount: '26000000.00', budgetType: 'GOV_FUND', thirdParty: '  ' });
  const k3 = await keyEvaluation({ tenantId: a, object: 'SPECIAL_FUND', status: 'CLOSED', amount: '163330000.00', budgetType: 'SOCIAL_INSURANCE', thirdParty: '某某会计师事务所' });
  await keyEvaluation({ tenantId: a, object: 'TRANSFER', status: 'FINAL', amount: '5860000.00', specialBond: true });
  await keyEvaluation({ tenantId: a, object: 'PROJECT', status: 'IN_PROGRESS', amount: '1000000.00', projectYearId: p2.yearId, departmentId: d2 });
  const k6 = await keyEvaluation({ tenantId: a, object: 'PROJECT', status: 'FINAL', amount: '999.00', conducted: R - 1, projectYearId: p7.yearId, departmentId: d1 });
  const k7 = await keyEvaluation({ tenantId: a, object: 'DEPARTMENT_OVERALL', status: 'FINAL', amount: '0.00', departmentId: d1 });
  await keyEvaluation({ tenantId: a, object: 'DEPARTMENT_OVERALL', status: 'FINAL', amount: '0.00', departmentId: d1 });
  await keyEvaluation({ tenantId: a, object: 'DEPARTMENT_OVERALL', status: 'PLANNED', amount: '0.00', departmentId: d2 });
  await keyEvaluation({ tenantId: a, object: 'FISCAL_OPERATION', status: 'FINAL', amount: '0.00', townshipId: t1 });
  await keyEvaluation({ tenantId: a, object: 'COST_BENEFIT', status: 'FINAL', amount: '0.00', projectYearId: p2.yearId, departmentId: d2 });

  // Problems: verified 2024-05-31 23:00 in Beijing is on time, 2024-06-01 04:00 is late.
  await problem(a, d1, k1, { suggestion: '完善绩效目标', deadline: `${R}-05-31`, verifiedAt: `${R}-05-31T15:00:00Z` });
  await problem(a, d1, k1, { suggestion: '加快支出进度', deadline: `${R}-05-31`, verifiedAt: `${R}-05-31T20:00:00Z` });
  await problem(a, d1, k1, { suggestion: null, deadline: `${R}-05-31` });
  await problem(a, d1, k2, { suggestion: '   ', deadline: null });
  await problem(a, d1, k7, { suggestion: '健全制度', deadline: '2099-12-31', verifiedAt: `${R}-07-01T02:00:00Z` });
  await problem(a, d1, k6, { suggestion: '上年问题', deadline: `${R - 1}-06-30` });

  // Result applications to 2025 budgets (141.22万 and 202.59万 cut, 3,348万 added, one kept); one to 2026.
  await resultApplication(p1, k1, 'REDUCE', '-1412200.00', R + 1);
  await resultApplication(p2, k2, 'REDUCE', '-2025900.00', R + 1);
  await resultApplication(p1, k1, 'INCREASE', '33480000.00', R + 1);
  await resultApplication(p3, k3, 'MAINTAIN', '0.00', R + 1);
  await resultApplication(p1, k1, 'REDUCE', '-100.00', R + 2);

  // Ex-ante assessments: P2 (≥ 3 years), P3 (+66.7%), P5 (policy), P6 (+400万) require one; P4 is exempt.
  await preAssessment(p2, 'CONCLUDED', 'SUPPORT');
  await preAssessment(p4, 'CONCLUDED', 'NOT_SUPPORT');
  await preAssessment(p5, 'CONCLUDED', 'SUPPORT_AFTER_ADJUSTMENT');
  await preAssessment(p6, 'SUBMITTED', null);

  await training(A, `${R}-03-15`, 100);
  await training(A, `${R}-11-20`, 105);
  await training(A, `${R - 1}-12-31`, 50);

  // 乙县: every submitted project needs an ex-ante assessment (莱芜's rule); trainings tie with 甲区.
  const bd1 = await department(B, 'BD1');
  await app.sql(
    `insert into tenant_rule (tenant_id, key, value) values ($1, 'preAssessmentTriggers', $2)`,
    [tenantIds[B], JSON.stringify({ newAmountMin: '4000000.00', increasePctMin: 30, increaseAmountMin: '4000000.00', termYearsMin: 3, mandatoryAll: true })],
  );
  await projectYear({ tenant: B, department: bd1, code: 'PB1', status: 'SUBMITTED', requested: '100.00' });
  await training(B, `${R}-01-10`, 80);
  await training(B, `${R}-12-31`, 125);

  // 丙县: one in-scope project year with its goal, one key evaluation, one reviewed self-evaluation.
  const cd1 = await department(C, 'CD1');
  const c = tenantIds[C];
  const pc1 = await projectYear({ tenant: C, department: cd1, code: 'PC1', approved: '12345.67' });
  await goal({ tenantId: c, departmentId: cd1, projectYearId: pc1.yearId });
  await keyEvaluation({ tenantId: c, object: 'PROJECT', status: 'FINAL', amount: '12345.67', projectYearId: pc1.yearId, departmentId: cd1, thirdParty: '第三方' });
  const pc2 = await projectYear({ tenant: C, department: cd1, code: 'PC2', fiscalYear: R - 1, approved: '50000.00', selfEvaluationRequired: true });
  const gc2 = await goal({ tenantId: c, departmentId: cd1, projectYearId: pc2.yearId, fiscalYear: R - 1 });
  const sc2 = await selfEvaluation({ tenantId: c, departmentId: cd1, goalId: gc2, projectYearId: pc2.yearId, status: 'FINANCE_REVIEWED', score: '60.00', grade: 'MEDIUM' });
  await recheck(c, cd1, sc2, false);
  await training(C, `${R}-04-01`, 30);

  // The province's 25-point scheme of 2024: 1 (2) + 2 (2.1: 2, 2.2: 2) + 3 (19).
  const p = province.id;
  const scheme = await insert('appraisal_scheme', { province_id: p, fiscal_year: R, name: '测试省2024年度考核', total_points: '25', status: 'PUBLISHED', published_at: `${R}-01-05T00:00:00Z` });
  const item1 = await insert('appraisal_item', { province_id: p, scheme_id: scheme, code: '1', name: '制度建设', max_points: '2', sort_order: 0 });
  const item2 = await insert('appraisal_item', { province_id: p, scheme_id: scheme, code: '2', name: '绩效目标管理', max_points: '4', sort_order: 1 });
  const item21 = await insert('appraisal_item', { province_id: p, scheme_id: scheme, parent_id: item2, code: '2.1', name: '项目目标', max_points: '2', sort_order: 2 });
  const item22 = await insert('appraisal_item', { province_id: p, scheme_id: scheme, parent_id: item2, code: '2.2', name: '部门整体目标', max_points: '2', sort_order: 3 });
  const item3 = await insert('appraisal_item', { province_id: p, scheme_id: scheme, code: '3', name: '绩效评价管理', max_points: '19', sort_order: 4 });
  const leaves = [item1, item21, item22, item3];
  const submissionA = await insert('appraisal_submission', { tenant_id: a, scheme_id: scheme, status: 'SUBMITTED', submitted_at: `${R + 1}-01-20T00:00:00Z` });
  for (const [item, score] of leaves.map((item, i) => [item, ['2', '2', '1.5', '19'][i]])) {
    await insert('appraisal_self_score', { tenant_id: a, submission_id: submissionA, item_id: item, self_score: score });
  }
  const reviewA = await insert('appraisal_review', {
    province_id: p, examinee_tenant_id: a, submission_id: submissionA, scheme_id: scheme, status: 'FINAL', reviewer: '省财政厅', finalized_at: `${R + 1}-03-01T00:00:00Z`,
  });
  for (const [item, score] of leaves.map((item, i) => [item, ['2', '1.64', '1.5', '18'][i]])) {
    await insert('appraisal_review_score', { province_id: p, review_id: reviewA, examinee_tenant_id: a, item_id: item, reviewed_score: score });
  }
  const submissionB = await insert('appraisal_submission', { tenant_id: tenantIds[B], scheme_id: scheme, status: 'DRAFT' });
  for (const [item, score] of leaves.map((item, i) => [item, ['2', '2', '2', '19'][i]])) {
    await insert('appraisal_self_score', { tenant_id: tenantIds[B], submission_id: submissionB, item_id: item, self_score: score });
  }
  await insert('appraisal_review', { province_id: p, examinee_tenant_id: tenantIds[B], submission_id: submissionB, scheme_id: scheme, status: 'REVIEWING', reviewer: '省财政厅' });
}

beforeAll(async () => {
  app = await startTestApp();
  await arrangeProvince99();
});
afterAll(() => app?.close());

type Comparison = CompareTenantsQuery['compareTenants'];
type Figures = Comparison['rows'][number]['values'][number];

function ok<T>(result: GraphQLResult<T>): T {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

async function compare(as: TokenSpec, variables: { fiscalYear?: number; metricKeys?: string[]; filter?: { kind?: 'DISTRICT' | 'COUNTY' | 'COUNTY_CITY' | 'DEV_ZONE'; cityCode?: string }; sortBy?: string } = {}) {
  return ok(await app.request(CompareTenantsDocument, { fiscalYear: R, ...variables }, as)).compareTenants;
}

function valuesOf(comparison: Comparison, tenant: string): Record<string, Figures> {
  const row = comparison.rows.find((candidate) => candidate.tenantCode === tenant);
  if (!row) throw new Error(`no row for ${tenant}`);
  return Object.fromEntries(row.values.map((value) => [value.metricKey, value]));
}

async function csv(as: TokenSpec | string | null, query: string) {
  const headers: Record<string, string> = {};
  if (as) headers.authorization = `Bearer ${typeof as === 'string' ? as : await app.token(as)}`;
  const response = await fetch(`${app.url}/bi/metrics.csv?${query}`, { headers });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

/** Parses CSV as RFC 4180 (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Every figure of 甲区 for R = 2024: [numerator, denominator, value]. */
const EXPECTED_A: Record<string, [string, string | null, string | null]> = {
  goal_coverage_count: ['2', '3', '66.67'],
  goal_coverage_amount: ['3000000.00', '3500000.50', '85.71'],
  goal_count: ['7', null, '7'],
  goal_amount: ['3000000.00', null, '3000000.00'],
  dept_goal_coverage: ['2', '3', '66.67'],
  monitor_coverage_count: ['1', '2', '50.00'],
  monitor_coverage_amount: ['1200000.00', '3200000.00', '37.50'],
  monitored_project_count: ['2', null, '2'],
  monitored_amount: ['1700000.50', null, '1700000.50'],
  monitor_rounds: ['2', null, '2'],
  self_eval_coverage_count: ['1', '2', '50.00'],
  self_eval_coverage_amount: ['400000.00', '900000.00', '44.44'],
  self_eval_project_count: ['1', null, '1'],
  self_eval_amount: ['400000.00', null, '400000.00'],
  dept_self_eval_coverage: ['1', '3', '33.33'],
  self_eval_unit_count: ['2', null, '2'],
  self_eval_mean_score: ['255.50', '3', '85.17'],
  recheck_ratio: ['2', '3', '66.67'],
  recheck_discrepancy_rate: ['1', '2', '50.00'],
  grade_excellent_count: ['1', null, '1'],
  grade_good_count: ['1', null, '1'],
  grade_medium_count: ['1', null, '1'],
  grade_low_count: ['0', null, '0'],
  grade_poor_count: ['0', null, '0'],
  key_eval_count: ['4', null, '4'],
  key_eval_amount: ['212401000.00', null, '212401000.00'],
  key_eval_amount_ratio: ['212401000.00', '3700000.50', '5740.57'],
  key_eval_amount_general_public: ['17211000.00', null, '17211000.00'],
  key_eval_amount_gov_fund: ['26000000.00', null, '26000000.00'],
  key_eval_amount_social_insurance: ['163330000.00', null, '163330000.00'],
  key_eval_amount_state_capital: ['0.00', null, '0.00'],
  key_eval_amount_special_bond: ['5860000.00', null, '5860000.00'],
  key_eval_third_party_ratio: ['2', '4', '50.00'],
  dept_eval_count: ['2', null, '2'],
  dept_eval_coverage: ['1', '3', '33.33'],
  fiscal_op_eval_coverage: ['1', '2', '50.00'],
  cost_benefit_count: ['1', null, '1'],
  pre_assess_count: ['3', null, '3'],
  pre_assess_rate: ['2', '4', '50.00'],
  pre_assess_rejection_rate: ['1', '3', '33.33'],
  problems_per_eval: ['5', '4', '1.25'],
  suggestion_ratio: ['3', '5', '60.00'],
  rectification_on_time_rate: ['1', '3', '33.33'],
  result_application_count: ['4', null, '4'],
  result_application_rate: ['3', '4', '75.00'],
  result_reduction_amount: ['3438100.00', null, '3438100.00'],
  result_increase_amount: ['33480000.00', null, '33480000.00'],
  result_net_amount: ['30041900.00', null, '30041900.00'],
  result_absolute_amount: ['36918100.00', null, '36918100.00'],
  disclosure_rate: ['1', '2', '50.00'],
  appraisal_self_score_rate: ['24.50', '25.00', '98.00'],
  appraisal_score_rate: ['23.14', '25.00', '92.56'],
  training_sessions: ['2', null, '2'],
  training_attendees: ['205', null, '205'],
};

describe('the metric registry', () => {
  it('lists every metric once with its label, unit, formula, year measured and direction', async () => {
    const { metrics } = ok(await app.request(MetricsDocument, {}, P99.biA));
    expect(metrics.map((metric) => metric.key)).toEqual(METRICS.map((metric) => metric.key));
    expect(new Set(metrics.map((metric) => metric.key)).size).toBe(metrics.length);
    expect(Object.keys(EXPECTED_A).sort()).toEqual(metrics.map((metric) => metric.key).sort());
    expect(metrics.find((metric) => metric.key === 'goal_coverage_count')).toMatchObject({
      label: '项目绩效目标覆盖率（个数）',
      unit: '%',
      measures: 'R',
      measuredYearOffset: 0,
      higherIsBetter: true,
      valueKind: 'PERCENT',
      hasDenominator: true,
      amountInYuan: false,
    });
    expect(metrics.find((metric) => metric.key === 'self_eval_project_count')).toMatchObject({ measures: 'R-1', measuredYearOffset: -1, valueKind: 'COUNT' });
    expect(metrics.find((metric) => metric.key === 'result_reduction_amount')).toMatchObject({ measures: 'R+1', unit: '元', valueKind: 'AMOUNT', amountInYuan: true });
    expect(metrics.find((metric) => metric.key === 'recheck_discrepancy_rate')!.higherIsBetter).toBe(false);
    for (const metric of metrics) {
      expect(metric.label).toMatch(/[\u4e00-\u9fff]/);
      expect(metric.formula.length).toBeGreaterThan(5);
    }
  });
});

describe('every metric family on a hand-made region (甲区, R = 2024)', () => {
  let figures: Record<string, Figures>;
  let comparison: Comparison;
  beforeAll(async () => {
    comparison = await compare(P99.adminA);
    figures = valuesOf(comparison, A);
  });

  it.each(Object.entries(EXPECTED_A))('%s has numerator, denominator and value exactly', (key, [numerator, denominator, value]) => {
    expect(figures[key], key).toMatchObject({ numerator, denominator, value });
  });

  it('says which fiscal year each metric measures: R, R−1 for self-evaluations, R+1 for result applications', () => {
    expect(figures.goal_coverage_count.measuredYear).toBe(2024);
    expect(figures.self_eval_coverage_count.measuredYear).toBe(2023);
    expect(figures.recheck_ratio.measuredYear).toBe(2023);
    expect(figures.result_reduction_amount.measuredYear).toBe(2025);
    expect(figures.result_application_rate.measuredYear).toBe(2024);
    expect(figures.training_sessions.fiscalYear).toBe(2024);
  });

  it('gives amounts in yuan and in 万元, exactly', () => {
    expect(figures.key_eval_amount).toMatchObject({ value: '212401000.00', valueWan: '21240.10', numeratorWan: '21240.10' });
    expect(figures.key_eval_amount_general_public).toMatchObject({ valueWan: '1721.10' });
    expect(figures.result_reduction_amount.valueWan).toBe('343.81');
    expect(figures.monitored_amount.valueWan).toBe('170.00');
    expect(figures.goal_coverage_amount).toMatchObject({ numeratorWan: '300.00', denominatorWan: '350.00', valueWan: null });
    expect(figures.goal_coverage_count).toMatchObject({ numeratorWan: null, denominatorWan: null, valueWan: null });
  });

  it('a county admin gets its own row only: no ranks, no aggregates', () => {
    expect(comparison.scope).toBe('TENANT');
    expect(comparison.rows.map((row) => row.tenantCode)).toEqual([A]);
    expect(comparison.rows[0]).toMatchObject({ tenantName: '甲区', tenantKind: 'DISTRICT', tenantKindLabel: '区', cityCode: '9901', cityName: '甲市', provinceName: '测试省' });
    expect(comparison.aggregates).toBeNull();
    expect(comparison.rows[0].values.every((value) => value.rank === null)).toBe(true);
  });

  it('a rate over nothing has no value but shows its denominator 0 (乙县 has no project year in scope, 丁开发区 no department)', async () => {
    const province = await compare(P99.analyst, { metricKeys: ['goal_coverage_count', 'dept_goal_coverage', 'self_eval_mean_score', 'appraisal_score_rate', 'appraisal_self_score_rate', 'pre_assess_rate'] });
    expect(valuesOf(province, B).goal_coverage_count).toMatchObject({ numerator: '0', denominator: '0', value: null, rank: null });
    expect(valuesOf(province, D).dept_goal_coverage).toMatchObject({ numerator: '0', denominator: '0', value: null, rank: null });
    expect(valuesOf(province, D).self_eval_mean_score).toMatchObject({ numerator: '0.00', denominator: '0', value: null });
    // 乙县's self-assessment (still a draft) counts; the province's review is not final: no reviewed rate.
    expect(valuesOf(province, B).appraisal_self_score_rate).toMatchObject({ numerator: '25.00', denominator: '25.00', value: '100.00' });
    expect(valuesOf(province, B).appraisal_score_rate).toMatchObject({ numerator: '0.00', denominator: '0.00', value: null });
    // Its rule says every submitted project needs an assessment; it has none: 0%, not null.
    expect(valuesOf(province, B).pre_assess_rate).toMatchObject({ numerator: '0', denominator: '1', value: '0.00' });
  });
});

describe('the province compares its tenants', () => {
  it('ranks 1 = best, ties share a rank (1, 1, 3, 4), tenants without a value are unranked and listed last', async () => {
    const comparison = await compare(P99.analyst, { metricKeys: ['training_sessions', 'training_attendees', 'goal_coverage_count', 'recheck_discrepancy_rate', 'key_eval_amount'] });
    expect(comparison.scope).toBe('PROVINCE');
    expect(comparison.sortedBy).toBe('training_sessions');
    expect(comparison.rows.map((row) => row.tenantCode)).toEqual([A, B, C, D]);
    const rank = (tenant: string, key: string) => valuesOf(comparison, tenant)[key].rank;
    expect([A, B, C, D].map((tenant) => rank(tenant, 'training_sessions'))).toEqual([1, 1, 3, 4]);
    expect([A, B, C, D].map((tenant) => rank(tenant, 'training_attendees'))).toEqual([1, 1, 3, 4]);
    expect([A, B, C, D].map((tenant) => rank(tenant, 'goal_coverage_count'))).toEqual([2, null, 1, null]);
    // Lower is better for the discrepancy rate: 丙县's 0.00 ranks before 甲区's 50.00.
    expect([A, B, C, D].map((tenant) => rank(tenant, 'recheck_discrepancy_rate'))).toEqual([2, null, 1, null]);
    expect([A, B, C, D].map((tenant) => rank(tenant, 'key_eval_amount'))).toEqual([1, 3, 2, 3]);

    const byCoverage = await compare(P99.analyst, { metricKeys: ['training_sessions', 'goal_coverage_count'], sortBy: 'goal_coverage_count' });
    expect(byCoverage.rows.map((row) => row.tenantCode)).toEqual([C, A, B, D]);
  });

  it('gives province aggregates: total = Σ numerator / Σ denominator, mean and median of the values, tenants with a value', async () => {
    const comparison = await compare(P99.analyst, { metricKeys: ['goal_coverage_count', 'training_sessions', 'key_eval_amount'] });
    const [coverage, sessions, amount] = comparison.aggregates!;
    expect(coverage).toEqual({
      metricKey: 'goal_coverage_count', numerator: '3', numeratorWan: null, denominator: '4', denominatorWan: null,
      total: '75.00', totalWan: null, mean: '83.34', median: '83.34', tenantsWithValue: 2, tenantCount: 4,
    });
    expect(sessions).toMatchObject({ numerator: '5', denominator: null, total: '5', mean: '1.25', median: '1.50', tenantsWithValue: 4, tenantCount: 4 });
    expect(amount).toMatchObject({
      numerator: '212413345.67', numeratorWan: '21241.33', total: '212413345.67', totalWan: '21241.33',
      mean: '53103336.42', median: '6172.84', tenantsWithValue: 4,
    });
  });

  it('a province BI reader compares the same way; the filter narrows by kind or city', async () => {
    const bi = await compare(P99.bi, { metricKeys: ['training_sessions'] });
    expect(bi.scope).toBe('PROVINCE');
    expect(bi.rows.map((row) => [row.tenantCode, row.values[0].rank])).toEqual([[A, 1], [B, 1], [C, 3], [D, 4]]);
    const counties = await compare(P99.analyst, { metricKeys: ['training_sessions'], filter: { kind: 'COUNTY' } });
    expect(counties.rows.map((row) => [row.tenantCode, row.values[0].rank])).toEqual([[B, 1], [C, 2]]);
    expect(counties.aggregates![0]).toMatchObject({ total: '3', tenantCount: 2 });
    const city = await compare(P99.analyst, { metricKeys: ['training_sessions'], filter: { cityCode: '9902' } });
    expect(city.rows.map((row) => row.tenantCode)).toEqual([C, D]);
  });

  it('another province sees none of these tenants', async () => {
    const shandong = await compare(AS.shandongAnalyst, { metricKeys: ['training_sessions'] });
    expect(shandong.rows.map((row) => row.tenantCode).filter((code) => code.startsWith('99'))).toEqual([]);
    expect(shandong.rows.every((row) => row.provinceName === '山东省')).toBe(true);
  });

  it('a department user gets its own tenant’s row over its own department’s rows, without ranks or aggregates', async () => {
    const comparison = await compare(P99.deptUserA, { metricKeys: ['goal_coverage_count', 'training_sessions'] });
    expect(comparison.scope).toBe('DEPARTMENT');
    expect(comparison.aggregates).toBeNull();
    expect(comparison.rows.map((row) => row.tenantCode)).toEqual([A]);
    // D1 owns P1 (goal in force) and P3 (none): 1 of 2.
    expect(valuesOf(comparison, A).goal_coverage_count).toMatchObject({ numerator: '1', denominator: '2', value: '50.00', rank: null });
  });
});

describe('trends', () => {
  it('gives one point per comparison year', async () => {
    const sessions = ok(await app.request(MetricTrendDocument, { tenantCode: A, metricKey: 'training_sessions', fromYear: 2022, toYear: 2024 }, P99.adminA)).metricTrend;
    expect(sessions).toMatchObject({ tenantCode: A, tenantName: '甲区', metric: { key: 'training_sessions', label: '业务培训次数' } });
    expect(sessions.points.map((point) => [point.fiscalYear, point.value, point.rank])).toEqual([[2022, '0', null], [2023, '1', null], [2024, '2', null]]);
    const goals = ok(await app.request(MetricTrendDocument, { tenantCode: A, metricKey: 'goal_count', fromYear: 2023, toYear: 2024 }, P99.analyst)).metricTrend;
    expect(goals.points.map((point) => point.value)).toEqual(['5', '7']);
    const rounds = ok(await app.request(MetricTrendDocument, { tenantCode: A, metricKey: 'monitor_rounds', fromYear: 2023, toYear: 2024 }, P99.bi)).metricTrend;
    expect(rounds.points.map((point) => point.value)).toEqual(['1', '2']);
    const selfEvaluated = ok(await app.request(MetricTrendDocument, { tenantCode: A, metricKey: 'self_eval_coverage_count', fromYear: 2024, toYear: 2025 }, P99.adminA)).metricTrend;
    expect(selfEvaluated.points.map((point) => [point.fiscalYear, point.measuredYear, point.value])).toEqual([[2024, 2023, '50.00'], [2025, 2024, null]]);
  });
});

describe('BI rows and the CSV download', () => {
  it('metricRows pages the flat rows by tenant code then metric key, with stable columns', async () => {
    const keys = ['training_sessions', 'goal_coverage_count', 'key_eval_amount'];
    const first = ok(await app.request(MetricRowsDocument, { fiscalYear: R, metricKeys: keys, first: 5 }, P99.bi)).metricRows;
    expect(first.totalCount).toBe(12);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = ok(await app.request(MetricRowsDocument, { fiscalYear: R, metricKeys: keys, first: 5, after: first.pageInfo.endCursor }, P99.bi)).metricRows;
    const last = ok(await app.request(MetricRowsDocument, { fiscalYear: R, metricKeys: keys, first: 5, after: rest.pageInfo.endCursor }, P99.bi)).metricRows;
    expect(last.pageInfo.hasNextPage).toBe(false);
    const rows = [...first.nodes, ...rest.nodes, ...last.nodes];
    expect(rows.map((row) => `${row.tenantCode}/${row.metricKey}`)).toEqual(
      [A, B, C, D].flatMap((tenant) => ['goal_coverage_count', 'key_eval_amount', 'training_sessions'].map((key) => `${tenant}/${key}`)),
    );
    expect(rows[0]).toEqual({
      tenantCode: A, tenantName: '甲区', tenantKind: 'DISTRICT', cityName: '甲市', provinceName: '测试省', fiscalYear: R, measuredYear: R,
      metricKey: 'goal_coverage_count', label: '项目绩效目标覆盖率（个数）', unit: '%', value: '66.67', numerator: '2', denominator: '3',
    });
    expect(Object.keys(rows[0])).toEqual([...METRIC_ROW_COLUMNS]);
    expect(rows.find((row) => row.tenantCode === B && row.metricKey === 'goal_coverage_count')).toMatchObject({ value: null, numerator: '0', denominator: '0' });
  });

  it('the CSV is UTF-8 with a BOM, has the header, and carries exactly the rows of metricRows', async () => {
    const keys = ['training_sessions', 'goal_coverage_count', 'key_eval_amount_ratio', 'self_eval_coverage_count'];
    const { response, bytes, text } = await csv(P99.bi, `fiscalYear=${R}&metrics=${keys.join(',')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain(`metrics-${R}.csv`);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...lines] = parseCsv(text.slice(1));
    expect(header).toEqual([...METRIC_ROW_COLUMNS]);
    const graphql = ok(await app.request(MetricRowsDocument, { fiscalYear: R, metricKeys: keys, first: 100 }, P99.bi)).metricRows.nodes;
    expect(lines).toEqual(graphql.map((row) => METRIC_ROW_COLUMNS.map((column) => (row[column] === null ? '' : String(row[column])))));
    expect(lines).toHaveLength(16);
    // The metrics may also be repeated parameters.
    const repeated = await csv(P99.bi, `fiscalYear=${R}&${keys.map((key) => `metrics=${key}`).join('&')}`);
    expect(repeated.text).toBe(text);
    expect(lines.find((line) => line[0] === C && line[7] === 'self_eval_coverage_count')).toEqual([
      C, '丙县', 'COUNTY', '乙市', '测试省', '2024', '2023', 'self_eval_coverage_count', '项目自评覆盖率（个数）', '%', '100.00', '1', '1',
    ]);
  });

  it('quotes fields that need it: labels with commas, quotes or line breaks survive a round trip', async () => {
    await app.sql(`update tenant set name = $1 where code = $2`, ['丁开发区, "北区"\n二期', D]);
    try {
      const { text } = await csv(P99.bi, `fiscalYear=${R}&metrics=training_sessions`);
      expect(text).toContain('"丁开发区, ""北区""\n二期"');
      const [, ...lines] = parseCsv(text.slice(1));
      expect(lines.find((line) => line[0] === D)![1]).toBe('丁开发区, "北区"\n二期');
    } finally {
      await app.sql(`update tenant set name = '丁开发区' where code = $1`, [D]);
    }
  });

  it.each<[string, TokenSpec | string | null, string]>([
    ['no token', null, 'MISSING'],
    ['a forged token', 'not-a-jwt', 'INVALID'],
  ])('with %s the CSV answers 401 like the GraphQL endpoint', async (_what, as, reason) => {
    const { response, text } = await csv(as, `fiscalYear=${R}`);
    expect(response.status).toBe(401);
    expect(JSON.parse(text).errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason });
  });

  it.each([
    ['no fiscal year', 'metrics=goal_count', 'fiscalYear'],
    ['a fiscal year out of range', 'fiscalYear=1999', 'fiscalYear'],
    ['an unknown metric key', `fiscalYear=${R}&metrics=goal_count,no_such_metric`, 'metrics'],
    ['an unknown tenant kind', `fiscalYear=${R}&kind=VILLAGE`, 'kind'],
    ['a malformed city code', `fiscalYear=${R}&cityCode=99`, 'filter.cityCode'],
    ['the fiscal year given twice', `fiscalYear=${R}&fiscalYear=2023`, 'fiscalYear'],
  ])('when the CSV is asked with %s, it answers 400 naming %s', async (_what, query, field) => {
    const { response, text } = await csv(P99.bi, query);
    expect(response.status).toBe(400);
    const error = JSON.parse(text).errors[0];
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message).toContain(field.split('.').at(-1));
  });
});

describe('scopes: a 石楼县 county admin cannot obtain 上犹县’s values by any query', () => {
  const SHILOU_ADMIN = { role: 'COUNTY_ADMIN', tenant: SHILOU } as const;
  beforeAll(async () => {
    const [shangyou] = await app.sql<{ id: string }>(`select id from tenant where code = $1`, [SHANGYOU]);
    tenantIds[SHANGYOU] = shangyou.id;
    await training(SHANGYOU, '2019-06-01', 77);
  });

  it('上犹县’s own admin sees its training (the positive control)', async () => {
    const own = await compare({ role: 'COUNTY_ADMIN', tenant: SHANGYOU }, { fiscalYear: 2019, metricKeys: ['training_attendees'] });
    expect(valuesOf(own, SHANGYOU).training_attendees.value).toBe('77');
  });

  it('compareTenants: only 石楼县’s own row, no aggregates, no ranks, also when filtering by 上犹县’s city', async () => {
    const comparison = await compare(SHILOU_ADMIN, { fiscalYear: 2019 });
    expect(comparison.rows.map((row) => row.tenantCode)).toEqual([SHILOU]);
    expect(comparison.aggregates).toBeNull();
    expect(comparison.rows[0].values.every((value) => value.rank === null)).toBe(true);
    expect(valuesOf(comparison, SHILOU).training_attendees.value).toBe('0');
    expect(JSON.stringify(comparison)).not.toMatch(/上犹|360724|"77"/);
    const filtered = await compare(SHILOU_ADMIN, { fiscalYear: 2019, filter: { cityCode: '3607' } });
    expect(filtered.rows).toEqual([]);
    expect(filtered.aggregates).toBeNull();
  });

  it('metricTrend for 上犹县 is NOT_FOUND, as for a code that does not exist', async () => {
    const other = await app.request(MetricTrendDocument, { tenantCode: SHANGYOU, metricKey: 'training_attendees', fromYear: 2018, toYear: 2020 }, SHILOU_ADMIN);
    expect(other.data).toBeNull();
    expect(other.errors![0].extensions!.code).toBe('NOT_FOUND');
    const unknown = await app.request(MetricTrendDocument, { tenantCode: '999999', metricKey: 'training_attendees', fromYear: 2018, toYear: 2020 }, SHILOU_ADMIN);
    expect(unknown.errors![0].message).toBe(other.errors![0].message.replace(SHANGYOU, '999999'));
  });

  it('metricRows and the CSV carry 石楼县’s rows only', async () => {
    const rows = ok(await app.request(MetricRowsDocument, { fiscalYear: 2019, first: 100 }, SHILOU_ADMIN)).metricRows;
    expect(rows.totalCount).toBe(METRICS.length);
    expect(new Set(rows.nodes.map((row) => row.tenantCode))).toEqual(new Set([SHILOU]));
    const { response, text } = await csv(SHILOU_ADMIN, 'fiscalYear=2019');
    expect(response.status).toBe(200);
    const [, ...lines] = parseCsv(text.slice(1));
    expect(lines).toHaveLength(METRICS.length);
    expect(new Set(lines.map((line) => line[0]))).toEqual(new Set([SHILOU]));
    expect(text).not.toMatch(/上犹|360724/);
  });

  it('a tenant BI reader is scoped like its county: its own row, no ranks or aggregates', async () => {
    const comparison = await compare({ role: 'BI_READER', tenant: SHANGYOU }, { fiscalYear: 2019, metricKeys: ['training_attendees'] });
    expect(comparison.scope).toBe('TENANT');
    expect(comparison.rows.map((row) => [row.tenantCode, row.values[0].value, row.values[0].rank])).toEqual([[SHANGYOU, '77', null]]);
    expect(comparison.aggregates).toBeNull();
  });
});

describe('invalid requests', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown metric key', { metricKeys: ['goal_count', 'no_such_metric'] }, 'metricKeys'],
    ['an empty metric list', { metricKeys: [] }, 'metricKeys'],
    ['a fiscal year out of range', { fiscalYear: 1999 }, 'fiscalYear'],
    ['a sort metric not compared', { metricKeys: ['goal_count'], sortBy: 'key_eval_count' }, 'sortBy'],
    ['a malformed city code', { filter: { cityCode: 'abc' } }, 'filter.cityCode'],
  ])('when compareTenants gets %s, it fails with BAD_USER_INPUT naming %s', async (_what, variables, field) => {
    const result = await app.request(CompareTenantsDocument, { fiscalYear: R, ...variables } as never, P99.analyst);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors![0].message).toContain(field);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a range that ends before it starts', { fromYear: 2024, toYear: 2020 }, 'toYear'],
    ['a range of more than 30 years', { fromYear: 2000, toYear: 2040 }, 'toYear'],
    ['an unknown metric key', { metricKey: 'goal_rate' }, 'metricKey'],
    ['a malformed tenant code', { tenantCode: 'ABC' }, 'tenantCode'],
  ])('when metricTrend gets %s, it fails with BAD_USER_INPUT naming %s', async (_what, variables, field) => {
    const result = await app.request(MetricTrendDocument, { tenantCode: A, metricKey: 'goal_count', fromYear: 2022, toYear: 2024, ...variables } as never, P99.analyst);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a page size of 0', { first: 0 }, 'first'],
    ['a cursor it did not hand out', { after: 'bm90IGEgY3Vyc29y' }, 'after'],
  ])('when metricRows gets %s, it fails with BAD_USER_INPUT naming %s', async (_what, variables, field) => {
    const result = await app.request(MetricRowsDocument, { fiscalYear: R, ...variables } as never, P99.bi);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('fresh figures', () => {
  it('a training recorded through the API shows in the next comparison, trend, BI rows and CSV', async () => {
    const before = await compare(P99.analyst, { fiscalYear: 2022, metricKeys: ['training_sessions', 'training_attendees'] });
    expect(valuesOf(before, D).training_sessions).toMatchObject({ value: '0', rank: 1 });
    expect(before.aggregates![1].total).toBe('0');

    const recorded = await app.request(RecordTrainingDocument, { input: { heldOn: '2022-09-09', title: '预算绩效管理培训', attendees: 42 } }, P99.adminD);
    expect(recorded.errors).toBeUndefined();

    const after = await compare(P99.analyst, { fiscalYear: 2022, metricKeys: ['training_sessions', 'training_attendees'] });
    expect(valuesOf(after, D).training_sessions).toMatchObject({ value: '1', rank: 1 });
    expect(valuesOf(after, D).training_attendees).toMatchObject({ value: '42', rank: 1 });
    expect(valuesOf(after, A).training_sessions).toMatchObject({ value: '0', rank: 2 });
    expect(after.aggregates![1]).toMatchObject({ total: '42', tenantsWithValue: 4 });
    const trend = ok(await app.request(MetricTrendDocument, { tenantCode: D, metricKey: 'training_attendees', fromYear: 2022, toYear: 2022 }, P99.adminD)).metricTrend;
    expect(trend.points[0].value).toBe('42');
    const rows = ok(await app.request(MetricRowsDocument, { fiscalYear: 2022, metricKeys: ['training_attendees'], filter: { cityCode: '9902' } }, P99.bi)).metricRows;
    expect(rows.nodes.map((row) => [row.tenantCode, row.value])).toEqual([[C, '0'], [D, '42']]);
    const { text } = await csv(P99.bi, 'fiscalYear=2022&metrics=training_attendees');
    expect(text).toContain(`${D},丁开发区,DEV_ZONE,乙市,测试省,2022,2022,training_attendees,培训人次,人次,42,42,`);
  });
});

describe('statements do not grow with the number of tenants', () => {
  async function addTenants(from: number, count: number) {
    const [province] = await app.sql<{ id: string }>(`select id from province where code = '98'`);
    for (let n = from; n < from + count; n++) {
      const code = `9801${String(n).padStart(2, '0')}`;
      const [tenant] = await app.sql<{ id: string }>(`insert into tenant (province_id, code, name, kind) values ($1, $2, $3, 'COUNTY') returning id`, [province.id, code, `县 ${n}`]);
      tenantIds[code] = tenant.id;
      const dept = await department(code, 'D1');
      const year = await projectYear({ tenant: code, department: dept, code: 'P1', approved: '1000.00' });
      await goal({ tenantId: tenant.id, departmentId: dept, projectYearId: year.yearId });
      await training(code, `${R}-05-05`, n);
    }
  }

  it('comparing 2 tenants or 22, and their BI rows and CSV, costs the same statements', async () => {
    await app.sql(`insert into province (code, name) values ('98', '另一测试省')`);
    await addTenants(1, 2);
    const as = { role: 'PROVINCE_ANALYST', province: '98' } as const;
    const bi = { role: 'BI_READER', province: '98' } as const;
    const small = await app.request(CompareTenantsDocument, { fiscalYear: R }, as);
    const smallRows = await app.request(MetricRowsDocument, { fiscalYear: R, first: 100 }, bi);
    const smallCsv = await csv(bi, `fiscalYear=${R}`);
    await addTenants(3, 20);
    const large = await app.request(CompareTenantsDocument, { fiscalYear: R }, as);
    const largeRows = await app.request(MetricRowsDocument, { fiscalYear: R, first: 100 }, bi);
    const largeCsv = await csv(bi, `fiscalYear=${R}`);

    expect(small.data!.compareTenants.rows).toHaveLength(2);
    expect(large.data!.compareTenants.rows).toHaveLength(22);
    expect(valuesOf(large.data!.compareTenants, '980122').goal_coverage_count.value).toBe('100.00');
    expect(large.data!.compareTenants.aggregates!.find((aggregate) => aggregate.metricKey === 'training_attendees')!.total).toBe(String((22 * 23) / 2));
    // begin, the scope with the planner's nested loops off, the check of what an answer kept depends
    // on (a new tenant: nothing kept applies), and ONE statement for every metric of every tenant.
    expect(small.statements).toBe(4);
    expect(large.statements).toBe(small.statements);
    expect(largeRows.statements).toBe(smallRows.statements);
    expect(Number(largeCsv.response.headers.get('x-sql-statements'))).toBe(Number(smallCsv.response.headers.get('x-sql-statements')));
    expect(parseCsv(largeCsv.text.slice(1))).toHaveLength(1 + 22 * METRICS.length);

    // Next to a field that is not a metric, the planner settings go off just around the metric
    // statement: two more (with nothing kept, so that the statement runs).
    app.app.comparisons.clear();
    const mixed = await app.request(
      parse(`query { compareTenants(fiscalYear: ${R}) { rows { tenantCode } } me { role } }`) as TypedDocumentNode<{ compareTenants: { rows: { tenantCode: string }[] }; me: { role: string } }, Record<string, never>>,
      {},
      as,
    );
    expect(ok(mixed).compareTenants.rows.map((row) => row.tenantCode)).toEqual(large.data!.compareTenants.rows.map((row) => row.tenantCode));
    expect(mixed.statements).toBe(6);
  });
});

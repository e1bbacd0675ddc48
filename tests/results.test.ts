import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateKeyEvaluationDocument,
  CreateResultApplicationDocument,
  FinalizeKeyEvaluationDocument,
  KeyEvaluationByIdDocument,
  ProjectResultApplicationsDocument,
  ResultApplicationSummaryDocument,
  ResultApplicationsDocument,
  StartKeyEvaluationDocument,
  type CreateResultApplicationInput,
  type ResultAction,
} from '../schema/generated/graphql.js';
import { insertProjects, snapshot } from './helpers/fixtures.js';
import { AS, startTestApp, type GraphQLResult, type TestApp, type TokenSpec } from './helpers/test-app.js';

let app: TestApp;
const ADMIN = AS.shantingAdmin;
const EDUCATION_USER: TokenSpec = { role: 'DEPARTMENT_USER', tenant: '370406', department: 'JY' };
const HEALTH_USER: TokenSpec = { role: 'DEPARTMENT_USER', tenant: '370406', department: 'WS' };
const NO_ID = '00000000-0000-4000-8000-000000000000';

let projects: string[];
let laiwuProject: string;
let evaluation: string;
let runningEvaluation: string;
/** The self-evaluation of 教育局's first project (fiscal year 2024). */
let selfEvaluation: string;

/**
 * 山亭区's 2025 budget adjustments from its 2024 evaluations (万元 in the report, yuan here): nine
 * reductions and one increase. The first six projects belong to 教育局, the last four to 卫健局.
 */
const SHANTING_2025: [ResultAction, string][] = [
  ['REDUCE', '-1412200.00'],
  ['REDUCE', '-2025900.00'],
  ['REDUCE', '-3741200.00'],
  ['REDUCE', '-4515000.00'],
  ['REDUCE', '-14491700.00'],
  ['CANCEL', '-5885300.00'],
  ['REDUCE', '-960000.00'],
  ['EXIT', '-60970000.00'],
  ['REDUCE', '-20588700.00'],
  ['INCREASE', '33480000.00'],
];

async function ok<R, V>(document: TypedDocumentNode<R, V>, variables: V, as: TokenSpec = ADMIN): Promise<R> {
  const result = await app.request(document, variables, as);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

async function refused<R, V>(document: TypedDocumentNode<R, V>, variables: V, as: TokenSpec, code: string, field?: string): Promise<GraphQLResult<R>> {
  const before = await snapshot(app);
  const result = await app.request(document, variables, as);
  expect(result.errors?.[0].extensions?.code, JSON.stringify(result.errors)).toBe(code);
  if (field) {
    const named = result.errors?.[0].extensions?.field;
    if (named !== undefined) expect(named).toBe(field);
    else expect(result.errors?.[0].message).toContain(`input.${field}`);
  }
  expect(await snapshot(app)).toBe(before);
  return result;
}

async function department(code: string, name: string): Promise<void> {
  await app.sql(`insert into department (tenant_id, code, name) select id, $1, $2 from tenant where code = '370406'`, [code, name]);
}

/**
 * A DRAFT self-evaluation (单位自评) of a project's APPROVED year, inserted as the owner with the
 * ISSUED goal in force it evaluates; the year is put in self-evaluation scope.
 */
async function selfEvaluationOf(projectId: string): Promise<string> {
  const [year] = await app.sql<{ id: string }>(
    `update project_year set self_evaluation_required = true where project_id = $1 and status = 'APPROVED' returning id`,
    [projectId],
  );
  const [goal] = await app.sql<{ id: string }>(
    `insert into performance_goal (tenant_id, subject, project_year_id, department_id, fiscal_year, goal_text, status, is_current, review_grade, approved_at, issued_at)
     select tenant_id, 'PROJECT', id, department_id, fiscal_year, '按期完成年度建设任务。', 'ISSUED', true, 'GOOD', now(), now() from project_year where id = $1
     returning id`,
    [year.id],
  );
  const [row] = await app.sql<{ id: string }>(
    `insert into self_evaluation (tenant_id, subject, project_year_id, department_id, goal_id, fiscal_year, conducted_year, budget_amount, executed_amount, execution_rate)
     select tenant_id, 'PROJECT', id, department_id, $2, fiscal_year, fiscal_year + 1, approved_amount, approved_amount * 0.9, 0.9 from project_year where id = $1
     returning id`,
    [year.id, goal.id],
  );
  return row.id;
}

/** A key evaluation of 2024 through the API, left FINAL (or IN_PROGRESS). */
async function evaluationOf2024(title: string, finalize = true): Promise<string> {
  let current = (
    await ok(CreateKeyEvaluationDocument, {
      input: { object: 'POLICY', title, fiscalYear: 2024, yearConducted: 2025, budgetType: 'GENERAL_PUBLIC', amount: '1020000000.00', organizer: '山亭区财政局', thirdPartyName: '第三方机构' },
    })
  ).createKeyEvaluation;
  current = (await ok(StartKeyEvaluationDocument, { input: { id: current.id, version: current.version } })).startKeyEvaluation;
  if (finalize) {
    current = (
      await ok(FinalizeKeyEvaluationDocument, { input: { id: current.id, version: current.version, scores: { decision: '12', process: '14', output: '25', benefit: '20' } } })
    ).finalizeKeyEvaluation;
  }
  return current.id;
}

beforeAll(async () => {
  app = await startTestApp();
  await department('JY', '山亭区教育局');
  await department('WS', '山亭区卫生健康局');
  projects = [
    ...(await insertProjects(app, { tenant: '370406', department: 'JY', count: 6, prefix: 'JY' })),
    ...(await insertProjects(app, { tenant: '370406', department: 'WS', count: 4, prefix: 'WS' })),
  ];
  [laiwuProject] = await insertProjects(app, { tenant: '370116', department: 'SW', count: 1, prefix: 'SW' });
  evaluation = await evaluationOf2024('山亭区2024年度财政重点评价');
  runningEvaluation = await evaluationOf2024('尚在评价中的项目', false);
  selfEvaluation = await selfEvaluationOf(projects[0]);
});
afterAll(() => app?.close());

const adjustment = (change: Partial<CreateResultApplicationInput> = {}): CreateResultApplicationInput => ({
  keyEvaluationId: evaluation,
  projectId: projects[0],
  action: 'REDUCE',
  amountDelta: '-100.00',
  targetFiscalYear: 2025,
  decidedOn: '2024-12-20',
  ...change,
});

describe('山亭区 2025: ten adjusted budgets', () => {
  it('records each adjustment traced to the evaluation', async () => {
    for (const [i, [action, amountDelta]] of SHANTING_2025.entries()) {
      const created = (
        await ok(CreateResultApplicationDocument, { input: adjustment({ projectId: projects[i], action, amountDelta, documentNo: `山财绩〔2024〕${i + 1}号` }) })
      ).createResultApplication;
      expect(created).toMatchObject({ action, amountDelta, evaluatedFiscalYear: 2024, targetFiscalYear: 2025, decidedOn: '2024-12-20', keyEvaluation: { id: evaluation } });
    }
  });

  it('sums them exactly in SQL: reductions 11,459万, increase 3,348万, net −8,111万, absolute 14,807万', async () => {
    const { resultApplicationSummary } = await ok(ResultApplicationSummaryDocument, { fiscalYear: 2025 });
    expect(resultApplicationSummary).toEqual({
      fiscalYear: 2025,
      count: 10,
      projectCount: 10,
      reductions: '114590000.00',
      increases: '33480000.00',
      net: '-81110000.00',
      absolute: '148070000.00',
      reductionsWan: '11459.00',
      increasesWan: '3348.00',
      netWan: '-8111.00',
      absoluteWan: '14807.00',
    });
  });

  it('a province analyst gets the same totals for 山亭区; a year without adjustments sums to zero', async () => {
    const province = await ok(ResultApplicationSummaryDocument, { fiscalYear: 2025, tenantCode: '370406' }, AS.shandongAnalyst);
    expect(province.resultApplicationSummary).toMatchObject({ count: 10, net: '-81110000.00', absolute: '148070000.00' });
    const empty = await ok(ResultApplicationSummaryDocument, { fiscalYear: 2030 });
    expect(empty.resultApplicationSummary).toMatchObject({ count: 0, projectCount: 0, reductions: '0.00', increases: '0.00', net: '0.00', absolute: '0.00', netWan: '0.00' });
  });

  it('lists them by target year and project code, filtered by action; projects and the evaluation show theirs', async () => {
    const all = await ok(ResultApplicationsDocument, { first: 50, filter: { fiscalYear: 2025 } });
    expect(all.resultApplications.totalCount).toBe(10);
    expect(all.resultApplications.nodes.map((row) => row.project!.code)).toEqual([
      'JY0001', 'JY0002', 'JY0003', 'JY0004', 'JY0005', 'JY0006', 'WS0001', 'WS0002', 'WS0003', 'WS0004',
    ]);
    const reductions = await ok(ResultApplicationsDocument, { first: 50, filter: { action: 'REDUCE' } });
    expect(reductions.resultApplications.nodes.map((row) => row.amountDelta)).toEqual(['-1412200.00', '-2025900.00', '-3741200.00', '-4515000.00', '-14491700.00', '-960000.00', '-20588700.00']);
    const project = await ok(ProjectResultApplicationsDocument, { id: projects[9] });
    expect(project.project!.resultApplications).toEqual([expect.objectContaining({ action: 'INCREASE', amountDelta: '33480000.00', targetFiscalYear: 2025 })]);
    const traced = await ok(KeyEvaluationByIdDocument, { id: evaluation });
    expect(traced.keyEvaluation!.resultApplications).toHaveLength(10);
  });
});

describe('signs, years and sources', () => {
  it('MAINTAIN takes zero, MERGE either sign; a self-evaluation can be the source, and gives its year', async () => {
    const maintain = (await ok(CreateResultApplicationDocument, { input: adjustment({ action: 'MAINTAIN', amountDelta: '0', targetFiscalYear: 2026 }) })).createResultApplication;
    expect(maintain).toMatchObject({ action: 'MAINTAIN', actionLabel: '维持', amountDelta: '0.00' });
    const merge = (
      await ok(CreateResultApplicationDocument, {
        input: adjustment({ keyEvaluationId: undefined, selfEvaluationId: selfEvaluation, action: 'MERGE', amountDelta: '-2500.5', targetFiscalYear: 2026 }),
      })
    ).createResultApplication;
    expect(merge).toMatchObject({ action: 'MERGE', actionLabel: '整合', amountDelta: '-2500.50', keyEvaluation: null, selfEvaluationId: selfEvaluation, evaluatedFiscalYear: 2024 });
    const summary = await ok(ResultApplicationSummaryDocument, { fiscalYear: 2026 });
    expect(summary.resultApplicationSummary).toMatchObject({ count: 2, projectCount: 1, reductions: '2500.50', increases: '0.00', net: '-2500.50' });
  });

  it.each<[string, () => Partial<CreateResultApplicationInput>, string, string?]>([
    ['a positive reduction', () => ({ action: 'REDUCE', amountDelta: '100.00' }), 'amountDelta'],
    ['a cancellation of zero', () => ({ action: 'CANCEL', amountDelta: '0.00' }), 'amountDelta'],
    ['a positive exit', () => ({ action: 'EXIT', amountDelta: '1.00' }), 'amountDelta'],
    ['a negative increase', () => ({ action: 'INCREASE', amountDelta: '-33480000.00' }), 'amountDelta'],
    ['an increase of zero', () => ({ action: 'INCREASE', amountDelta: '0' }), 'amountDelta'],
    ['a maintained budget that changes', () => ({ action: 'MAINTAIN', amountDelta: '-0.01' }), 'amountDelta'],
    ['an amount with three decimals', () => ({ amountDelta: '-1.005' }), 'amountDelta'],
    ['an amount that is not a number', () => ({ amountDelta: '-1,412,200' }), 'amountDelta'],
    ['the evaluated year as the target year', () => ({ targetFiscalYear: 2024 }), 'targetFiscalYear'],
    ['a target year before the evaluated year', () => ({ targetFiscalYear: 2023 }), 'targetFiscalYear'],
    ['both a key evaluation and a self-evaluation', () => ({ selfEvaluationId: selfEvaluation }), 'selfEvaluationId'],
    ['no source at all', () => ({ keyEvaluationId: undefined }), 'keyEvaluationId'],
    ['an unknown self-evaluation', () => ({ keyEvaluationId: undefined, selfEvaluationId: NO_ID }), 'selfEvaluationId', 'no such self-evaluation in your tenant'],
    ['an evaluated year other than the self-evaluation’s', () => ({ keyEvaluationId: undefined, selfEvaluationId: selfEvaluation, evaluatedFiscalYear: 2023 }), 'evaluatedFiscalYear', 'the self-evaluation measured 2024'],
    ['an evaluated year other than the evaluation’s', () => ({ evaluatedFiscalYear: 2023 }), 'evaluatedFiscalYear'],
    ['an evaluation still in progress', () => ({ keyEvaluationId: runningEvaluation }), 'keyEvaluationId'],
    ['an unknown evaluation', () => ({ keyEvaluationId: NO_ID }), 'keyEvaluationId'],
    ['an unknown project', () => ({ projectId: NO_ID }), 'projectId'],
    ['another county’s project', () => ({ projectId: laiwuProject }), 'projectId'],
    ['an impossible decision date', () => ({ decidedOn: '2025-02-29' }), 'decidedOn'],
    ['a blank document number', () => ({ documentNo: ' ' }), 'documentNo'],
  ])('when an adjustment has %s, it fails with BAD_USER_INPUT naming the field and writes nothing', async (_what, change, field, message) => {
    const result = await refused(CreateResultApplicationDocument, { input: adjustment(change()) }, ADMIN, 'BAD_USER_INPUT', field);
    if (message) expect(result.errors![0].message).toContain(message);
  });
});

describe('who may see and decide result applications', () => {
  it('department users see their own projects’ adjustments and sums only, and decide none', async () => {
    const education = await ok(ResultApplicationSummaryDocument, { fiscalYear: 2025 }, EDUCATION_USER);
    expect(education.resultApplicationSummary).toMatchObject({ count: 6, reductions: '32071300.00', increases: '0.00', net: '-32071300.00', absolute: '32071300.00' });
    const health = await ok(ResultApplicationSummaryDocument, { fiscalYear: 2025 }, HEALTH_USER);
    expect(health.resultApplicationSummary).toMatchObject({ count: 4, reductions: '82518700.00', increases: '33480000.00', net: '-49038700.00', absolute: '115998700.00' });
    const rows = await ok(ResultApplicationsDocument, { first: 50, filter: { fiscalYear: 2025 } }, HEALTH_USER);
    expect(rows.resultApplications.nodes.map((row) => row.department.code)).toEqual(['WS', 'WS', 'WS', 'WS']);
    // The policy evaluation names no department: department users may not read it.
    expect(rows.resultApplications.nodes[0].keyEvaluation).toBeNull();
    expect((await ok(ProjectResultApplicationsDocument, { id: projects[0] }, HEALTH_USER)).project).toBeNull();
    await refused(CreateResultApplicationDocument, { input: adjustment({ projectId: projects[6] }) }, HEALTH_USER, 'FORBIDDEN');
  });

  it('another county sees nothing of 山亭区 and cannot trace to its evaluations; read-only roles decide nothing', async () => {
    const laiwu = await ok(ResultApplicationSummaryDocument, { fiscalYear: 2025 }, AS.laiwuAdmin);
    expect(laiwu.resultApplicationSummary).toMatchObject({ count: 0, net: '0.00' });
    await refused(ResultApplicationSummaryDocument, { fiscalYear: 2025, tenantCode: '370406' }, AS.laiwuAdmin, 'FORBIDDEN');
    expect((await ok(ResultApplicationsDocument, { first: 50 }, AS.laiwuAdmin)).resultApplications.nodes).toEqual([]);
    expect((await ok(ResultApplicationsDocument, { first: 50, filter: { tenantCode: '370406' } }, AS.laiwuAdmin)).resultApplications.nodes).toEqual([]);
    await refused(CreateResultApplicationDocument, { input: adjustment({ projectId: laiwuProject }) }, AS.laiwuAdmin, 'BAD_USER_INPUT', 'keyEvaluationId');
    await refused(CreateResultApplicationDocument, { input: adjustment({ keyEvaluationId: undefined, selfEvaluationId: selfEvaluation, projectId: laiwuProject }) }, AS.laiwuAdmin, 'BAD_USER_INPUT', 'selfEvaluationId');
    await refused(CreateResultApplicationDocument, { input: adjustment() }, AS.shandongAdmin, 'FORBIDDEN');
    await refused(CreateResultApplicationDocument, { input: adjustment() }, AS.laiwuBi, 'FORBIDDEN');
    const shilou = await ok(ResultApplicationSummaryDocument, { fiscalYear: 2025 }, AS.shilouAdmin);
    expect(shilou.resultApplicationSummary.count).toBe(0);
  });
});

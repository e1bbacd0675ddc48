import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordTrainingDocument, TrainingsDocument, type RecordTrainingInput } from '../schema/generated/graphql.js';
import { snapshot } from './helpers/fixtures.js';
import { AS, startTestApp, type GraphQLResult, type TestApp, type TokenSpec } from './helpers/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

/** Years no seed region reports on, so the lists below hold exactly what these tests record. */
const YEAR = 2021;

function expectError<T>(result: GraphQLResult<T>, code: string, field?: string) {
  expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result.errors)).toBe(code);
  if (field) {
    expect(result.errors![0].extensions!.field).toBe(field);
    expect(result.errors![0].message).toContain(field);
  }
}

async function expectRefusedWithoutWrites<T>(write: () => Promise<GraphQLResult<T>>, code: string, field?: string) {
  const before = await snapshot(app);
  const result = await write();
  expectError(result, code, field);
  expect(await snapshot(app)).toBe(before);
}

const session = (): RecordTrainingInput => ({
  heldOn: `${YEAR}-05-20`,
  title: '全过程预算绩效管理业务培训',
  attendees: 120,
  audience: '各预算部门绩效管理人员',
  provider: '区财政局绩效管理股',
});

describe('recording trainings (业务培训)', () => {
  it('the county admin records a training; it is audited', async () => {
    const result = await app.request(RecordTrainingDocument, { input: session() }, AS.laiwuAdmin);
    expect(result.errors).toBeUndefined();
    const training = result.data!.recordTraining;
    expect(training).toMatchObject({
      heldOn: `${YEAR}-05-20`,
      fiscalYear: YEAR,
      title: '全过程预算绩效管理业务培训',
      attendees: 120,
      audience: '各预算部门绩效管理人员',
      provider: '区财政局绩效管理股',
      version: 1,
      tenant: { code: '370116' },
    });
    const [audit] = await app.sql(`select actor_role, operation, action from audit_event where entity = 'training_event' and entity_id = $1`, [training.id]);
    expect(audit).toMatchObject({ actor_role: 'COUNTY_ADMIN', operation: 'recordTraining', action: 'INSERT' });
  });

  it('audience and provider are optional; a session may have no attendees recorded as 0', async () => {
    const result = await app.request(RecordTrainingDocument, { input: { heldOn: `${YEAR}-11-02`, title: '绩效自评专题培训', attendees: 0 } }, AS.laiwuAdmin);
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordTraining).toMatchObject({ attendees: 0, audience: null, provider: null });
  });

  it.each<[string, Partial<RecordTrainingInput>, string]>([
    ['a day in the future', { heldOn: '2099-01-01' }, 'heldOn'],
    ['a day that does not exist', { heldOn: `${YEAR}-02-30` }, 'heldOn'],
    ['a day not written YYYY-MM-DD', { heldOn: `${YEAR}/05/20` }, 'heldOn'],
    ['a day before 2000', { heldOn: '1999-12-31' }, 'heldOn'],
    ['a blank title', { title: '   ' }, 'title'],
    ['a title of more than 200 characters', { title: '培'.repeat(201) }, 'title'],
    ['negative attendees', { attendees: -1 }, 'attendees'],
    ['more than 10,000 attendees', { attendees: 10_001 }, 'attendees'],
    ['a blank audience', { audience: ' ' }, 'audience'],
    ['a blank provider', { provider: '' }, 'provider'],
  ])('when a training has %s, it fails with BAD_USER_INPUT naming %s and writes nothing', async (_what, change, field) => {
    await expectRefusedWithoutWrites(() => app.request(RecordTrainingDocument, { input: { ...session(), ...change } }, AS.laiwuAdmin), 'BAD_USER_INPUT', field);
  });

  it.each<[string, TokenSpec]>([
    ['a department user', AS.laiwuWaterUser],
    ['the province analyst', AS.shandongAnalyst],
    ['the province admin', AS.shandongAdmin],
    ['a province BI reader', AS.shandongBi],
    ['a tenant BI reader', AS.laiwuBi],
  ])('%s cannot record trainings (FORBIDDEN) and writes nothing', async (_who, as) => {
    await expectRefusedWithoutWrites(() => app.request(RecordTrainingDocument, { input: session() }, as), 'FORBIDDEN');
  });
});

describe('listing trainings', () => {
  beforeAll(async () => {
    for (const [heldOn, attendees] of [[`${YEAR}-03-01`, 30], [`${YEAR}-12-31`, 45], [`${YEAR + 1}-01-01`, 60]] as const) {
      const result = await app.request(RecordTrainingDocument, { input: { ...session(), heldOn, attendees } }, AS.laiwuAdmin);
      expect(result.errors).toBeUndefined();
    }
    const shanting = await app.request(RecordTrainingDocument, { input: { ...session(), heldOn: `${YEAR}-06-06`, title: '山亭区绩效培训' } }, AS.shantingAdmin);
    expect(shanting.errors).toBeUndefined();
  });

  it('lists a year’s trainings in the order held, page by page', async () => {
    const all = await app.request(TrainingsDocument, { fiscalYear: YEAR, tenantCode: '370116' }, AS.laiwuAdmin);
    expect(all.data!.trainings.totalCount).toBe(4);
    expect(all.data!.trainings.nodes.map((node) => [node.heldOn, node.attendees])).toEqual([
      [`${YEAR}-03-01`, 30],
      [`${YEAR}-05-20`, 120],
      [`${YEAR}-11-02`, 0],
      [`${YEAR}-12-31`, 45],
    ]);
    const first = await app.request(TrainingsDocument, { fiscalYear: YEAR, first: 3 }, AS.laiwuAdmin);
    expect(first.data!.trainings.pageInfo.hasNextPage).toBe(true);
    const rest = await app.request(TrainingsDocument, { fiscalYear: YEAR, first: 3, after: first.data!.trainings.pageInfo.endCursor }, AS.laiwuAdmin);
    expect(rest.data!.trainings.nodes.map((node) => node.heldOn)).toEqual([`${YEAR}-12-31`]);
    const next = await app.request(TrainingsDocument, { fiscalYear: YEAR + 1 }, AS.laiwuAdmin);
    expect(next.data!.trainings.nodes.map((node) => node.heldOn)).toEqual([`${YEAR + 1}-01-01`]);
  });

  it('a department user and the region’s BI reader read their region’s trainings', async () => {
    const user = await app.request(TrainingsDocument, { fiscalYear: YEAR }, AS.laiwuWaterUser);
    expect(user.data!.trainings.totalCount).toBe(4);
    const bi = await app.request(TrainingsDocument, { fiscalYear: YEAR }, AS.laiwuBi);
    expect(bi.data!.trainings.totalCount).toBe(4);
  });

  it('another county sees none of them; the province sees both of its counties’ and another province none', async () => {
    const shanting = await app.request(TrainingsDocument, { fiscalYear: YEAR }, AS.shantingAdmin);
    expect(shanting.data!.trainings.nodes.map((node) => [node.tenant.code, node.title])).toEqual([['370406', '山亭区绩效培训']]);
    const asked = await app.request(TrainingsDocument, { fiscalYear: YEAR, tenantCode: '370116' }, AS.shantingAdmin);
    expect(asked.data!.trainings.totalCount).toBe(0);
    const province = await app.request(TrainingsDocument, { fiscalYear: YEAR, first: 50 }, AS.shandongAnalyst);
    expect(province.data!.trainings.nodes.map((node) => node.tenant.code).sort()).toEqual(['370116', '370116', '370116', '370116', '370406']);
    const shanxi = await app.request(TrainingsDocument, { fiscalYear: YEAR }, { role: 'PROVINCE_ANALYST', province: '14' });
    expect(shanxi.data!.trainings.totalCount).toBe(0);
    expect((await app.request(TrainingsDocument, { fiscalYear: YEAR }, AS.shilouAdmin)).data!.trainings.totalCount).toBe(0);
  });

  it.each([
    ['a year before 2000', { fiscalYear: 1999 }, 'fiscalYear'],
    ['a page size of 0', { fiscalYear: YEAR, first: 0 }, 'first'],
  ])('when the list is asked for %s, it fails with BAD_USER_INPUT naming %s', async (_what, variables, field) => {
    expectError(await app.request(TrainingsDocument, variables, AS.laiwuAdmin), 'BAD_USER_INPUT', field);
  });
});

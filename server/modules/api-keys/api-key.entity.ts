// BI 接口密钥: API keys BI tools use instead of tokens. Read-only, scoped like a BI_READER token
// (a province, or one tenant of it); created and revoked by province and county admins.
import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { registerLabelledEnum } from '../../graphql/labels.js';
import { allowedActions, defineWorkflow } from '../../workflow/state-machine.js';
import { ProvinceRow } from '../appraisal/appraisal.entities.js';

export enum ApiKeyStatus {
  ACTIVE = 'ACTIVE',
  REVOKED = 'REVOKED',
}
export const API_KEY_STATUS_LABELS = registerLabelledEnum(ApiKeyStatus, {
  name: 'ApiKeyStatus',
  description: 'Whether an API key is accepted.',
  labels: { ACTIVE: '有效', REVOKED: '已吊销' },
});

export const API_KEY_WORKFLOW = defineWorkflow<ApiKeyStatus, 'revoke'>({
  subject: 'BI API key',
  actions: { revoke: { from: [ApiKeyStatus.ACTIVE], to: ApiKeyStatus.REVOKED } },
});

@Entity({ tableName: 'api_key' })
@ObjectType({ description: 'BI 接口密钥: an API key for a BI tool. The key itself is shown only when it is created; the server keeps a hash.' })
export class ApiKey extends ProvinceRow<'status' | 'statusLabel' | 'allowedActions'> {
  /** The one tenant the key reads; null for a province-wide key. */
  @Property({ type: 'uuid', nullable: true })
  scopeTenantId!: string | null;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'What the key is for, e.g. the BI tool or report that uses it.' })
  name!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The key’s first part (bpm_ and 8 letters or digits): tells keys apart; not a secret, not enough to authenticate.' })
  prefix!: string;

  /** sha256 of the whole key; never exposed. */
  @Property({ type: 'text', hidden: true })
  hash!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Subject of the admin who created it.' })
  createdBy!: string;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'Last request made with the key (recorded at most once a minute); null if never used.' })
  lastUsedAt!: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Subject of the admin who revoked it.' })
  revokedBy!: string | null;

  @Field(() => ApiKeyStatus)
  get status(): ApiKeyStatus {
    return this.revokedAt ? ApiKeyStatus.REVOKED : ApiKeyStatus.ACTIVE;
  }

  @Field(() => String, { description: 'Chinese label of `status`.' })
  get statusLabel(): string {
    return API_KEY_STATUS_LABELS[this.status];
  }

  @Field(() => [String], { description: 'What may be done with the key now: revoke while it is active.' })
  get allowedActions(): string[] {
    return allowedActions(API_KEY_WORKFLOW, this.status);
  }
}

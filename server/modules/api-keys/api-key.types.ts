import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection.js';
import { ApiKey } from './api-key.entity.js';

@ObjectType()
export class ApiKeyConnection extends ConnectionType(ApiKey, 'ApiKey') {}

@ObjectType({ description: 'A key just created. `key` is shown this once: store it in the BI tool now; the server keeps only a hash.' })
export class CreatedApiKey {
  @Field(() => String, { description: 'The whole key, bpm_<prefix>_<secret>; send it as "Authorization: Bearer <key>".' })
  key!: string;

  @Field(() => ApiKey)
  apiKey!: ApiKey;
}

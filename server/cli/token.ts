import { parseArgs } from 'node:util';
import { InvalidScopeError, ROLES, validateScope } from '../auth/scope.js';
import { parseTtl, signToken } from '../auth/tokens.js';
import { ConfigError, jwtSecretFor, loadConfig } from '../config.js';

const USAGE = `Usage: npm run token -- --role ROLE [--tenant CODE] [--province CODE] [--department CODE] [--ttl 12h] [--subject NAME]

Roles and what they need:
  PROVINCE_ADMIN, PROVINCE_ANALYST   --province 37
  COUNTY_ADMIN                       --tenant 370406
  DEPARTMENT_USER                    --tenant 370406 --department CODE
  BI_READER                          --province 37  or  --tenant 370406

The token is printed alone on the last line. It is signed with JWT_SECRET
(outside production a built-in development secret is used when it is unset).`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      tenant: { type: 'string' },
      province: { type: 'string' },
      department: { type: 'string' },
      ttl: { type: 'string', default: '12h' },
      subject: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.role) {
    process.stderr.write(USAGE + '\n');
    process.exit(values.help ? 0 : 2);
  }
  const secret = jwtSecretFor(loadConfig());
  const scope = validateScope({ ...values, role: values.role.toUpperCase() });
  const ttlSeconds = parseTtl(values.ttl!);
  const token = await signToken(scope, { secret, ttlSeconds });
  process.stderr.write(`${scope.role} token for ${scope.province ?? scope.tenant}${scope.department ? ' / ' + scope.department : ''}, valid ${values.ttl}:\n`);
  process.stdout.write(token + '\n');
}

main().catch((error: unknown) => {
  if (error instanceof InvalidScopeError || error instanceof ConfigError || (error instanceof Error && error.message.startsWith('--ttl'))) {
    process.stderr.write(`${error.message}\nRoles: ${ROLES.join(', ')}. Run with --help for usage.\n`);
    process.exit(2);
  }
  throw error;
});

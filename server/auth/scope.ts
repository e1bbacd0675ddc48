/** Who the caller is and what the token lets them see. Resolved to tenants by PostgreSQL. */
export const ROLES = ['PROVINCE_ADMIN', 'PROVINCE_ANALYST', 'COUNTY_ADMIN', 'DEPARTMENT_USER', 'BI_READER'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  PROVINCE_ADMIN: '省财政厅管理员',
  PROVINCE_ANALYST: '省财政厅分析员',
  COUNTY_ADMIN: '县级财政局管理员',
  DEPARTMENT_USER: '预算部门用户',
  BI_READER: 'BI 只读',
};

export interface Scope {
  subject: string;
  role: Role;
  /** Two-digit province code, for province roles and province-wide BI readers. */
  province?: string;
  /** Tenant (county-level region) code, for county roles, department users and tenant BI readers. */
  tenant?: string;
  /** Department code within the tenant, for department users. */
  department?: string;
}

export class InvalidScopeError extends Error {}

const PROVINCE_CODE = /^\d{2}$/;
const TENANT_CODE = /^\d{6,9}$/;
const DEPARTMENT_CODE = /^[0-9A-Za-z_-]{1,21}$/;

/**
 * Checks that a role comes with exactly the codes it needs; the same rules apply when a token is
 * issued and when it is verified, so a token can never carry a half-formed scope.
 */
export function validateScope(input: { subject?: unknown; role?: unknown; province?: unknown; tenant?: unknown; department?: unknown }): Scope {
  const { role } = input;
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
    throw new InvalidScopeError(`role must be one of ${ROLES.join(', ')}; got ${JSON.stringify(role ?? null)}`);
  }
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const province = text(input.province);
  const tenant = text(input.tenant);
  const department = text(input.department);
  const subject = text(input.subject) ?? `${role.toLowerCase()}:${province ?? tenant ?? 'unknown'}`;
  const require = (ok: boolean, message: string) => {
    if (!ok) throw new InvalidScopeError(message);
  };
  if (province !== undefined) require(PROVINCE_CODE.test(province), `province must be a two-digit code such as 37; got "${province}"`);
  if (tenant !== undefined) require(TENANT_CODE.test(tenant), `tenant must be a 6 to 9 digit region code such as 370406; got "${tenant}"`);
  if (department !== undefined) require(DEPARTMENT_CODE.test(department), `department must be a department code (letters, digits, _ or -); got "${department}"`);

  switch (role as Role) {
    case 'PROVINCE_ADMIN':
    case 'PROVINCE_ANALYST':
      require(province !== undefined && tenant === undefined && department === undefined, `${role} needs --province <code> and no tenant or department`);
      break;
    case 'COUNTY_ADMIN':
      require(tenant !== undefined && province === undefined && department === undefined, `${role} needs --tenant <code> and no province or department`);
      break;
    case 'DEPARTMENT_USER':
      require(tenant !== undefined && department !== undefined && province === undefined, `${role} needs --tenant <code> and --department <code>`);
      break;
    case 'BI_READER':
      require((province === undefined) !== (tenant === undefined) && department === undefined, `${role} needs either --province <code> or --tenant <code>`);
      break;
  }
  return { subject, role: role as Role, province, tenant, department };
}

/** Roles that may change tenant data (RLS enforces the same). */
export function canWriteTenantData(scope: Scope): boolean {
  return scope.role === 'COUNTY_ADMIN' || scope.role === 'DEPARTMENT_USER';
}

/**
 * Roles whose mutations run in read-write transactions: the tenant writers and the province
 * admin (province-owned data: schemes, reviews, indicator library). Analysts and BI readers
 * only ever get READ ONLY transactions.
 */
export function canWrite(scope: Scope): boolean {
  return canWriteTenantData(scope) || scope.role === 'PROVINCE_ADMIN';
}

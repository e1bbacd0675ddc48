// 当前用户: who the token says the caller is, and what it may see.
import { Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { ROLES, ROLE_LABELS, type Role } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { Department } from '../org/department.entity.js';
import { Province, Tenant } from '../regions/region.entities.js';

const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as Record<Role, Role>;
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a token lets its holder do.',
  valuesConfig: Object.fromEntries(ROLES.map((role) => [role, { description: ROLE_LABELS[role] }])),
});

@ObjectType({ description: 'The caller, as the token describes them.' })
export class Viewer {
  @Field(() => String)
  subject!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Province code for province-wide tokens.' })
  provinceCode?: string;

  @Field(() => String, { nullable: true, description: 'Tenant code for county-level tokens.' })
  tenantCode?: string;

  @Field(() => String, { nullable: true, description: 'Department code for department users.' })
  departmentCode?: string;

  @Field(() => String, { description: 'Chinese label of `role`.' })
  get roleLabel(): string {
    return ROLE_LABELS[this.role];
  }
}

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, { description: 'Who you are and what your token covers.' })
  me(@Ctx() ctx: Context): Viewer {
    const { subject, role, province, tenant, department } = ctx.scope;
    return Object.assign(new Viewer(), { subject, role, provinceCode: province, tenantCode: tenant, departmentCode: department });
  }

  @FieldResolver(() => Province, { nullable: true })
  province(@Root() viewer: Viewer, @Ctx() ctx: Context) {
    return viewer.provinceCode ? ctx.loaders.regions.provinceByCode.load(viewer.provinceCode) : null;
  }

  @FieldResolver(() => Tenant, { nullable: true })
  tenant(@Root() viewer: Viewer, @Ctx() ctx: Context) {
    return viewer.tenantCode ? ctx.loaders.regions.tenantByCode.load(viewer.tenantCode) : null;
  }

  @FieldResolver(() => Department, { nullable: true })
  async department(@Root() viewer: Viewer, @Ctx() ctx: Context) {
    if (!viewer.departmentCode || !viewer.tenantCode) return null;
    const tenant = await ctx.loaders.regions.tenantByCode.load(viewer.tenantCode);
    const departments = tenant ? await ctx.loaders.org.departmentsByTenant.load(tenant.id) : [];
    return departments.find((d) => d.code === viewer.departmentCode) ?? null;
  }
}

// 省 / 市 / 县级行政区: provinces and cities (province-owned reference data) and the tenants,
// the county-level finance bureaus (区, 县, 县级市, 经济开发区).
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { registerLabelledEnum } from '../../graphql/labels.js';

export enum TenantKind {
  DISTRICT = 'DISTRICT',
  COUNTY = 'COUNTY',
  COUNTY_CITY = 'COUNTY_CITY',
  DEV_ZONE = 'DEV_ZONE',
}

export const TENANT_KIND_LABELS = registerLabelledEnum(TenantKind, {
  name: 'TenantKind',
  description: 'Kind of county-level region.',
  labels: { DISTRICT: '区', COUNTY: '县', COUNTY_CITY: '县级市', DEV_ZONE: '经济开发区' },
});

@Entity({ tableName: 'province' })
@ObjectType({ description: '省: a province. Its finance department oversees and compares its tenants.' })
export class Province {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id!: string;

  @Property({ type: 'string', length: 2 })
  @Field(() => String, { description: 'Two-digit 行政区划代码 prefix, e.g. 37 for 山东.' })
  code!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  name!: string;
}

@Entity({ tableName: 'city' })
@ObjectType({ description: '市: a prefecture-level city, the optional layer between province and tenant.' })
export class City {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id!: string;

  @Property({ type: 'uuid' })
  provinceId!: string;

  @Property({ type: 'string', length: 4 })
  @Field(() => String, { description: 'Four-digit 行政区划代码 prefix, e.g. 3704 for 枣庄市.' })
  code!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  name!: string;
}

@Entity({ tableName: 'tenant' })
@ObjectType({ description: 'A county-level finance bureau (区/县/县级市/经开区): the unit of isolation.' })
export class Tenant {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id!: string;

  @Property({ type: 'uuid' })
  provinceId!: string;

  @Property({ type: 'uuid', nullable: true })
  cityId!: string | null;

  @Property({ type: 'string', length: 9 })
  @Field(() => String, { description: '行政区划代码 (development zones: a code assigned under their city).' })
  code!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  name!: string;

  @Enum({ items: () => TenantKind, nativeEnumName: 'tenant_kind' })
  @Field(() => TenantKind)
  kind!: TenantKind;

  @Field(() => String, { description: 'Chinese label of `kind`.' })
  get kindLabel(): string {
    return TENANT_KIND_LABELS[this.kind];
  }
}

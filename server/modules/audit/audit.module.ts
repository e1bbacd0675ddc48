// 审计日志: the append-only record of every change, read through the API.
import { defineModule } from '../module.js';
import { AuditEvent, ProvinceAuditEvent } from './audit-event.entity.js';
import { AuditResolver } from './audit.resolver.js';

export const auditModule = defineModule({
  entities: [AuditEvent, ProvinceAuditEvent],
  resolvers: [AuditResolver],
  createLoaders: () => ({}),
});

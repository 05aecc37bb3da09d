/**
 * Creates the backend's service account with the engine administrator's credentials, for engines that do not
 * create it themselves (the operaton/operaton image in docker-compose.yml). Our own engine/ creates it at boot.
 */
import { EngineClient, type EngineOptions } from '../engine/engine-client.js';

export const SERVICE_GROUP = 'qinqing-service';

export async function ensureServiceAccount(engine: EngineOptions, admin: { user: string; password: string }): Promise<void> {
  const asAdmin = new EngineClient({ ...engine, user: admin.user, password: admin.password });
  await asAdmin.ensureGroup(SERVICE_GROUP, 'QinQing service accounts', 'SYSTEM');
  await asAdmin.ensureUser({ id: engine.user, firstName: 'QinQing', lastName: 'Service', email: '' }, engine.password);
  await asAdmin.ensureMembership(SERVICE_GROUP, engine.user);
}

/** Process entry point of the app (API + workers). `npm start` runs it after starting the engine. */
import { loadConfig } from '../core/config.js';
import { startSystem } from './system.js';

const config = loadConfig();
const system = await startSystem(config, { demoPassword: process.env.QQ_DEMO_PASSWORD });
const shutdown = () => {
  void system.stop().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

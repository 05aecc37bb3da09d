// `npm start`: the whole system on embedded defaults — the Operaton engine on H2 and the app (API + workers) on
// SQLite, with demo departments and users. Secrets are generated on first start and kept in data/secrets.json.
// Set QQ_ENGINE_URL to use an engine that is already running instead of starting one.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { ensureEngineJar } from './engine-jar.mjs';
import { ensureUiBuilt } from './ui-build.mjs';
import { startEngine } from './engine-process.mjs';

const dataDir = resolve(process.env.QQ_DATA_DIR ?? 'data');
mkdirSync(dataDir, { recursive: true });
const secretsFile = `${dataDir}/secrets.json`;
const secret = () => randomBytes(12).toString('base64url');
const secrets = existsSync(secretsFile)
  ? JSON.parse(readFileSync(secretsFile, 'utf8'))
  : { enginePassword: secret(), adminPassword: secret(), appSecret: randomBytes(24).toString('base64url'), demoPassword: `demo-${secret().slice(0, 6)}` };
writeFileSync(secretsFile, JSON.stringify(secrets, null, 2));
chmodSync(secretsFile, 0o600);

const enginePort = Number(process.env.QQ_ENGINE_PORT ?? 8080);
const appPort = Number(process.env.QQ_PORT ?? 3000);
const engineUser = process.env.QQ_ENGINE_USER ?? 'qinqing';
const children = [];
// The app first (it stops polling), then the engine.
const stopAll = () => { for (const c of [...children].reverse()) c.kill('SIGTERM'); };
process.on('exit', stopAll);
process.on('SIGINT', () => { stopAll(); process.exit(0); });
process.on('SIGTERM', () => { stopAll(); process.exit(0); });

console.log('编译应用 (tsc)…');
const build = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
ensureUiBuilt();

let engineUrl = process.env.QQ_ENGINE_URL;
if (!engineUrl) {
  ensureEngineJar();
  console.log(`启动流程引擎 Operaton（H2，端口 ${enginePort}）…`);
  const engine = await startEngine({
    port: enginePort,
    dataDir,
    user: engineUser,
    password: process.env.QQ_ENGINE_PASSWORD ?? secrets.enginePassword,
    adminPassword: process.env.QQ_ENGINE_ADMIN_PASSWORD ?? secrets.adminPassword,
    logFile: `${dataDir}/engine.log`,
  });
  children.push(engine.child);
  engineUrl = engine.url;
}

const app = spawn(process.execPath, ['dist/main.js'], {
  stdio: 'inherit',
  env: {
    QQ_PROFILE: 'local',
    QQ_PORT: String(appPort),
    QQ_DATA_DIR: dataDir,
    QQ_SECRET: secrets.appSecret,
    QQ_DEMO_PASSWORD: secrets.demoPassword,
    QQ_PUBLIC_URL: `http://localhost:${appPort}`,
    ...process.env,
    QQ_ENGINE_URL: engineUrl,
    QQ_ENGINE_USER: engineUser,
    QQ_ENGINE_PASSWORD: process.env.QQ_ENGINE_PASSWORD ?? secrets.enginePassword,
  },
});
children.push(app);
app.on('exit', (code) => { stopAll(); process.exit(code ?? 0); });

// Printed in the local profile only: these are demo identities on this machine.
console.log(`
亲清政企恳谈系统已启动（本地演示环境）
  企业与公众       http://localhost:${appPort}/            （提交诉求、进度查询、结果公开）
  工作人员登录     http://localhost:${appPort}/login
  接口文档         http://localhost:${appPort}/api/docs
  流程引擎 Cockpit http://localhost:${enginePort}/operaton/app/cockpit/   管理员 admin / ${secrets.adminPassword}
  演示用户（密码均为 ${secrets.demoPassword}）：
    coordinator 协调员（政务服务与数据管理局）  supervisor 督查  followup 12345回访  designer 流程设计
    fgw、fgw-li 发改委  scjg 市场监管局  zrzy 自然资源局  zj 住建局  sw 税务局  rs 人社局  gx 工信局  gsl 工商联 …
  密码保存在 ${secretsFile}
`);

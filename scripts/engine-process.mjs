// Starts the engine jar as a child process and waits until its REST API answers for the service account.
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { ENGINE_JAR } from './engine-jar.mjs';

export async function startEngine({ port, dataDir, user, password, adminPassword, jobExecution = true, dbUrl, dbUser, dbPassword, profiles, logFile, timeoutMs = 180000 }) {
  const env = {
    ...process.env,
    QQ_ENGINE_PORT: String(port),
    QQ_DATA_DIR: dataDir,
    QQ_ENGINE_USER: user,
    QQ_ENGINE_PASSWORD: password,
    QQ_ENGINE_ADMIN_PASSWORD: adminPassword,
    QQ_JOB_EXECUTION: String(jobExecution),
  };
  if (dbUrl) Object.assign(env, { QQ_ENGINE_DB_URL: dbUrl, QQ_ENGINE_DB_USER: dbUser ?? '', QQ_ENGINE_DB_PASSWORD: dbPassword ?? '' });
  if (profiles) env.SPRING_PROFILES_ACTIVE = profiles;
  const out = logFile ? openSync(logFile, 'a') : 'inherit';
  // Deadlines are Shanghai days: the engine answers dates in its JVM zone (+0800), like the deployments' TZ.
  const child = spawn('java', ['-Xmx768m', '-Duser.timezone=Asia/Shanghai', `-Dserver.port=${port}`, '-jar', ENGINE_JAR], { env, stdio: ['ignore', out, out], detached: false });
  const url = `http://127.0.0.1:${port}/engine-rest`;
  const auth = 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
  const deadline = Date.now() + timeoutMs;
  let exited = null;
  child.on('exit', (code) => { exited = code; });
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`engine exited with code ${exited}${logFile ? ` (see ${logFile})` : ''}`);
    try {
      const r = await fetch(`${url}/process-definition/count`, { headers: { authorization: auth }, signal: AbortSignal.timeout(2000) });
      if (r.ok) return { child, url };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error('engine did not start in time');
}

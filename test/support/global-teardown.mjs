// Stops the test engine.
export default async function globalTeardown() {
  const child = globalThis.__QQ_ENGINE__;
  if (!child) return;
  await new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => { child.kill('SIGKILL'); resolve(); }, 15000).unref();
  });
}

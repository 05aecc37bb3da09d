// A port on 127.0.0.1 that nothing listens on now: the tests' engine and the chaos run take one each, so that a
// process left over from an earlier run (or another run beside it) holds no port they need.
import { createServer } from 'node:net';

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

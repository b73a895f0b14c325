/** The CMS's local backend (`decap-server`) on a loopback port, editing a given git clone. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface LocalBackend {
  url: string;
  close: () => void;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  if (typeof address !== 'object' || address === null) throw new Error('no free port');
  return address.port;
}

export async function startLocalBackend(repository: string): Promise<LocalBackend> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(import.meta.dirname, '..', '..', 'node_modules', 'decap-server', 'dist', 'index.js')],
    {
      env: {
        ...process.env,
        PORT: String(port),
        BIND_HOST: '127.0.0.1',
        GIT_REPO_DIRECTORY: repository,
        MODE: 'fs',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += String(chunk);
      if (output.includes('listening on')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      reject(new Error(`decap-server exited (${code}): ${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}/api/v1`,
    close: () => {
      child.kill();
    },
  };
}

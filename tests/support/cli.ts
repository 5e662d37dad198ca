import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/dxship.mjs', import.meta.url));

/**
 * Runs the real operator CLI in a child process with extra environment variables (and `input` on its
 * standard input). Hashes at scrypt N=2^12, like the in-process tests.
 */
export function runCli(args: string[], env: Record<string, string>, input?: string) {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    env: { ...inherited, LOG_LEVEL: 'silent', PASSWORD_SCRYPT_N: '4096', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Like {@link runCli}, without blocking: several commands can run at the same time. */
export async function runCliAsync(args: string[], env: Record<string, string>, input?: string) {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...inherited, LOG_LEVEL: 'silent', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdin.end(input);
  const [status] = (await once(child, 'exit')) as [number | null];
  return { status, stdout, stderr };
}

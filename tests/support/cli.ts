import { spawnSync } from 'node:child_process';
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

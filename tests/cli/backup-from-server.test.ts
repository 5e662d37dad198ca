import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/demo/demo-accounts.ts';
import { runCliAsync } from '../support/cli.ts';
import { type ServerProcess, startServerProcess } from '../support/server-process.ts';

const tmp = mkdtempSync(join(tmpdir(), 'dxship-backup-from-'));
const KEY = 'the-same-backup-key-on-both-sides-0123';
let server: ServerProcess;

beforeAll(async () => {
  server = await startServerProcess({ DATA_DIR: join(tmp, 'live'), BACKUP_KEY: KEY });
}, 120_000);
afterAll(async () => {
  await server.stop();
});

describe('dxship backup --from (a running server backs itself up)', () => {
  it('signs in with a password from stdin, downloads a signed backup (0600) that restores elsewhere', async () => {
    const file = join(tmp, 'from.ndjson');
    const args = ['backup', '--from', server.url, '--login', 'admin', '--password-stdin', file];
    const res = await runCliAsync(args, { BACKUP_KEY: KEY }, `${DEMO_PASSWORD}\n`);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/バックアップしました: .*（\d+行、http:\/\/127\.0\.0\.1:\d+ から）/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('"integrity":"hmac-sha256"');
    expect(text).not.toContain('"table":"sessions"');

    // The running server's folder is locked; the backup restores into another one.
    const restored = await runCliAsync(['restore', file], { DATA_DIR: join(tmp, 'copy'), BACKUP_KEY: KEY });
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
  }, 120_000);

  it('refuses a wrong password and a non-admin in one line, writing no file', async () => {
    const file = join(tmp, 'refused.ndjson');
    const wrong = await runCliAsync(
      ['backup', '--from', server.url, '--login', 'admin', '--password-stdin', file],
      {},
      'not-the-password\n',
    );
    expect(wrong.status).toBe(1);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
    expect(wrong.stderr).toContain('ログインできませんでした');
    const viewer = await runCliAsync(
      ['backup', '--from', server.url, '--login', 'viewer', '--password-stdin', file],
      {},
      DEMO_PASSWORD,
    );
    expect(viewer.status).toBe(1);
    expect(viewer.stderr).toContain('FORBIDDEN');
    expect(() => statSync(file)).toThrow();
  }, 120_000);

  it('asks for the password on a terminal only: without --password-stdin and without a terminal it says how', async () => {
    const res = await runCliAsync(
      ['backup', '--from', server.url, '--login', 'admin', join(tmp, 'x.ndjson')],
      {},
    );
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('--password-stdin');
  }, 60_000);
});

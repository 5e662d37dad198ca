import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../src/db/schema/index.ts';
import { openDatabase } from '../../src/server/platform/db.ts';
import { runCli } from '../support/cli.ts';
import { freshDatabaseEnv } from '../support/test-db.ts';

const tmp = mkdtempSync(join(tmpdir(), 'dxship-accounts-cli-'));
const BIN = fileURLToPath(new URL('../../bin/dxship.mjs', import.meta.url));

async function accountsOf(env: Record<string, string>) {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR ?? '' });
  try {
    return await database.db.select().from(users);
  } finally {
    await database.close();
  }
}

describe('dxship init', () => {
  it('makes a fresh installation without demo data and its first administrator, once', async () => {
    const env = await freshDatabaseEnv(tmp, 'init');
    const res = runCli(
      ['init', '--login', 'first.admin', '--name', '県 管理者', '--password-stdin'],
      env,
      'the first admin passphrase\n',
    );
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('first.admin');
    const accounts = await accountsOf(env);
    expect(accounts.map((u) => [u.login, u.role, u.isDemo])).toEqual([['first.admin', 'admin', false]]);
    expect(accounts[0]?.passwordHash).toMatch(/^scrypt\$/);
    const again = runCli(
      ['init', '--login', 'second.admin', '--password-stdin'],
      env,
      'another admin passphrase\n',
    );
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('既に登録');
    expect((await accountsOf(env)).length).toBe(1);
  }, 120_000);

  it('never takes a password argument, and refuses a weak password from stdin', async () => {
    const env = await freshDatabaseEnv(tmp, 'init_refusals');
    const argument = runCli(['init', '--login', 'x.admin', '--password', 'a long enough passphrase'], env);
    expect(argument.status).toBe(1);
    expect(argument.stderr).toContain('--password は使えません');
    const weak = runCli(['init', '--login', 'x.admin', '--password-stdin'], env, 'password1234\n');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain('よく使われる');
    expect(await accountsOf(env)).toEqual([]);
  }, 120_000);
});

describe('dxship user create', () => {
  it('without a terminal and without --password-stdin, says how to pass the password instead of hanging', async () => {
    const env = await freshDatabaseEnv(tmp, 'no_tty');
    const res = runCli(
      ['user', 'create', '--login', 'a.user', '--role', 'viewer', '--body', '342157'],
      env,
      '',
    );
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('--password-stdin');
  }, 120_000);

  it('asks twice at a terminal without echoing the password', async () => {
    const env = await freshDatabaseEnv(tmp, 'tty');
    const command = [
      process.execPath,
      BIN,
      'user',
      'create',
      '--login',
      'tty.user',
      '--role',
      'viewer',
      '--body',
      '342157',
    ]
      .map((a) => `'${a}'`)
      .join(' ');
    // `script` gives the command a pseudo-terminal; we "type" each line once its prompt is shown.
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      env: { ...process.env, ...env, LOG_LEVEL: 'silent', PASSWORD_SCRYPT_N: '4096' },
    });
    let screen = '';
    let answered = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString('utf8');
      const prompts = screen.split('パスワード').length - 1;
      while (answered < prompts && answered < 2) {
        answered++;
        child.stdin.write('typed at a terminal 1\r');
      }
    });
    const timer = setTimeout(() => child.kill(), 90_000);
    const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    expect(exitCode, screen).toBe(0);
    expect(answered).toBe(2);
    expect(screen).toContain('利用者を登録しました: tty.user');
    expect(screen).not.toContain('typed at a terminal');
    const [row] = (await accountsOf(env)).filter((u) => u.login === 'tty.user');
    expect(row?.passwordHash).toMatch(/^scrypt\$4096\$/);
  }, 120_000);

  it('reads the password from stdin; demo accounts loaded by `demo` are flagged, a created one is not', async () => {
    const env = await freshDatabaseEnv(tmp, 'stdin');
    expect(runCli(['demo'], env).status).toBe(0);
    const res = runCli(
      ['user', 'create', '--login', 'real.user', '--role', 'viewer', '--body', '342157', '--password-stdin'],
      env,
      'a real user passphrase\n',
    );
    expect(res.status, res.stderr).toBe(0);
    const accounts = await accountsOf(env);
    expect(
      accounts
        .filter((u) => u.isDemo)
        .map((u) => u.login)
        .sort(),
    ).toEqual(
      ['admin', 'etajima-manager', 'etajima-staff', 'kure-manager', 'member', 'talent', 'viewer'].sort(),
    );
    const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR ?? '' });
    try {
      const [real] = await database.db.select().from(users).where(eq(users.login, 'real.user'));
      expect(real?.isDemo).toBe(false);
    } finally {
      await database.close();
    }
  }, 180_000);
});

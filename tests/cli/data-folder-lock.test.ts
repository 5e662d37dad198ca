import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/demo/demo-accounts.ts';
import { LOCK_FILE_NAME, lockDataFolder } from '../../src/server/platform/data-folder-lock.ts';
import { openDatabase, queryRows } from '../../src/server/platform/db.ts';
import { runCliAsync } from '../support/cli.ts';
import { type ServerProcess, startServerProcess } from '../support/server-process.ts';

const tmp = mkdtempSync(join(tmpdir(), 'dxship-lock-'));
const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const s of servers) await s.kill();
});

async function login(url: string): Promise<number> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'admin', password: DEMO_PASSWORD }),
  });
  await res.arrayBuffer();
  return res.status;
}

async function countSessions(dataDir: string): Promise<number> {
  const database = await openDatabase({ dataDir });
  try {
    const [row] = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM sessions`);
    return row?.n ?? -1;
  } finally {
    await database.close();
  }
}

describe('the lock on an embedded data folder', () => {
  it('refuses every second opener of a live folder, and a killed server does not block its restart', async () => {
    const dataDir = join(tmp, 'live');
    const server = await startServerProcess({ DATA_DIR: dataDir });
    servers.push(server);
    expect(await login(server.url)).toBe(200);

    // Today's corruption began here: `backup` opened the live folder, replayed and checkpointed its
    // WAL, and every write the server made afterwards was lost at the next crash.
    const file = join(tmp, 'live.ndjson');
    writeFileSync(file, '');
    const newUser = ['--login', 'lock.user', '--password-stdin', '--role', 'viewer', '--body', '342157'];
    const commands = [
      ['backup', file],
      ['restore', file],
      ['migrate'],
      ['demo'],
      ['user', 'create', ...newUser],
      ['serve'],
    ];
    const results = await Promise.all(
      commands.map((args) =>
        runCliAsync(
          args,
          { DATA_DIR: dataDir, PORT: '0' },
          args[0] === 'user' ? 'a-long-password\n' : undefined,
        ),
      ),
    );
    for (const [i, res] of results.entries()) {
      const args = commands[i] ?? [];
      expect(res.status, `${args[0]}: ${res.stderr}`).toBe(1);
      const [line, ...rest] = res.stderr.trim().split('\n');
      expect(rest).toEqual([]);
      expect(line).toContain('DATA_FOLDER_LOCKED');
      expect(line).toContain(`プロセス ${server.pid}`);
      expect(line).toContain('dxship serve');
      expect(line).toMatch(/\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2}:\d{2} から/);
    }

    let acknowledged = 1;
    for (let i = 0; i < 20; i++) if ((await login(server.url)) === 200) acknowledged++;
    expect(acknowledged).toBe(21);
    await server.kill();

    const restarted = await startServerProcess({ DATA_DIR: dataDir });
    servers.push(restarted);
    expect(await login(restarted.url)).toBe(200);
    await restarted.stop();
    // Every write the killed server acknowledged survived its crash.
    expect(await countSessions(dataDir)).toBe(acknowledged + 1);
  }, 180_000);

  it('lets exactly one of several processes win when they ask at the same instant', async () => {
    const folder = join(tmp, 'race');
    mkdirSync(folder);
    const script = fileURLToPath(new URL('../support/lock-contender.ts', import.meta.url));
    const contenders: ChildProcess[] = [];
    const outputs: Promise<string>[] = [];
    for (let i = 0; i < 4; i++) {
      const child = spawn(process.execPath, ['--import', 'tsx', script, folder], {
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      contenders.push(child);
      outputs.push(
        new Promise((resolve) => {
          child.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
        }),
      );
    }
    // All four are loaded and waiting; then they are told to go together.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    for (const child of contenders) child.stdin?.write('go\n');
    const results = await Promise.all(outputs);
    for (const child of contenders) child.stdin?.end();
    await Promise.all(contenders.map((child) => (child.exitCode === null ? once(child, 'exit') : undefined)));
    expect(results.filter((r) => r === 'locked')).toHaveLength(1);
    expect(results.filter((r) => r === 'DATA_FOLDER_LOCKED')).toHaveLength(3);
  }, 60_000);

  it('judges by the kernel lock, not by the recorded pid (which the system may have reused)', async () => {
    const folder = join(tmp, 'reused-pid');
    mkdirSync(folder);
    // A dead holder's record naming a pid that is alive now: the folder is still free.
    writeFileSync(
      join(folder, LOCK_FILE_NAME),
      JSON.stringify({ pid: process.pid, command: 'dxship serve', since: '2020-01-01T00:00:00Z', host: 'x' }),
    );
    const lock = await lockDataFolder(folder);
    lock.release();
  });

  it('refuses a second open in the same process until the first is closed; memory databases are not locked', async () => {
    const dataDir = join(tmp, 'same-process');
    const first = await openDatabase({ dataDir });
    await expect(openDatabase({ dataDir })).rejects.toMatchObject({ code: 'DATA_FOLDER_LOCKED' });
    await first.close();
    const again = await openDatabase({ dataDir });
    await again.close();
    const a = await openDatabase({ dataDir: 'memory://' });
    const b = await openDatabase({ dataDir: 'memory://' });
    await Promise.all([a.close(), b.close()]);
  }, 60_000);
});

import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { readBackup } from '../../platform/backup.ts';

const KEY = 'k'.repeat(40);
const tmp = mkdtempSync(join(tmpdir(), 'dxship-backup-test-'));
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ backupKey: KEY });
});
afterAll(async () => {
  await t.close();
});

describe('POST /api/admin/backup', () => {
  it('streams a signed backup of the running database to an admin, without sessions, and audits it', async () => {
    const admin = await t.as('admin');
    await t.as('viewer'); // a second signed-in user: their session must not travel either
    const res = await t.request('POST', '/api/admin/backup', { as: admin });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-ndjson');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="dxship-backup-\d{8}T\d{6}\.ndjson"/,
    );
    const text = await res.text();
    const tables = text
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { table?: string }).table)
      .filter((name) => name !== undefined);
    expect(tables).toContain('users');
    expect(tables).not.toContain('sessions');
    expect(tables).not.toContain('login_attempts');
    const file = join(tmp, 'api.ndjson');
    writeFileSync(file, text);
    const counts = await readBackup(file, { key: KEY });
    expect(counts.users).toBe(2);
    await expect(readBackup(file)).rejects.toMatchObject({ code: 'BACKUP_KEY_REQUIRED' });

    const audit = await t.request('GET', '/api/audit', { as: admin });
    const { items } = (await audit.json()) as { items: { action: string; entityType: string }[] };
    expect(items.find((e) => e.action === 'backup')).toMatchObject({ entityType: 'database' });
  });

  it('leaves no temporary file behind once the download is done', async () => {
    const admin = await t.as('admin');
    const temporary = () => readdirSync(tmpdir()).filter((name) => name.startsWith('dxship-admin-backup-'));
    const before = temporary();
    const res = await t.request('POST', '/api/admin/backup', { as: admin });
    expect(temporary().length).toBe(before.length + 1);
    await res.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(temporary()).toEqual(before);
  });

  it('is for admins only', async () => {
    for (const role of ['talent_officer', 'municipal_manager', 'viewer'] as const) {
      const res = await t.request('POST', '/api/admin/backup', { as: await t.as(role) });
      expect(res.status).toBe(403);
    }
    expect((await t.request('POST', '/api/admin/backup')).status).toBe(401);
  });
});

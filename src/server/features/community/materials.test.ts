import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { createTestDatabase } from '../../../../tests/support/test-db.ts';
import { meetingMaterials } from '../../../db/schema/index.ts';
import { createApp } from '../../app.ts';
import { backupDatabase, restoreDatabase } from '../../platform/backup.ts';
import { createLogger } from '../../platform/logger.ts';
import { type ErrorJson, type MeetingJson, meetingInput } from './community.test-support.ts';
import { MAX_MATERIAL_BYTES } from './file-type.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const PDF = enc('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...enc('This program cannot be run in DOS mode.')]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

let t: TestApp;
let officer: Session;
let viewer: Session;
let meeting: MeetingJson;
/** The same app on the same database with the production body limit (20 MB), to reach the 10 MB rule. */
let bigApp: ReturnType<typeof createApp>;

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.as('talent_officer');
  viewer = await t.as('viewer', '342092');
  meeting = (await (
    await t.request('POST', '/api/meetings', { as: officer, body: meetingInput() })
  ).json()) as MeetingJson;
  bigApp = createApp({
    db: t.db,
    logger: createLogger('silent'),
    sessionTtlHours: 8,
    cookieSecure: 'auto',
    bodyLimitBytes: 20 * 1024 * 1024,
  });
});
afterAll(() => t.close());

function upload(
  as: Session,
  name: string,
  bytes: Uint8Array,
  app: { request: typeof t.app.request } = t.app,
) {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(bytes)], name));
  return app.request(`/api/meetings/${meeting.id}/materials`, {
    method: 'POST',
    headers: { cookie: as.cookie, 'x-csrf-token': as.csrfToken },
    body: form,
  });
}

const stored = async () =>
  t.db.select().from(meetingMaterials).where(eq(meetingMaterials.meetingId, meeting.id));

describe('meeting materials', () => {
  it('stores a PDF in the database and gives the same bytes back, as an attachment', async () => {
    const res = await upload(officer, '議事次第（第1回）.pdf', PDF);
    expect(res.status).toBe(201);
    const material = (await res.json()) as { id: string; mediaType: string; sizeBytes: number };
    expect(material).toMatchObject({ mediaType: 'application/pdf', sizeBytes: PDF.length });
    const download = await t.request('GET', `/api/meetings/${meeting.id}/materials/${material.id}`, {
      as: viewer,
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('議事次第（第1回）.pdf')}`,
    );
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF);
    const detail = (await (
      await t.request('GET', `/api/meetings/${meeting.id}`, { as: viewer })
    ).json()) as MeetingJson;
    expect(detail.materials.map((m) => m.fileName)).toEqual(['議事次第（第1回）.pdf']);
  });

  it('survives backup and restore byte for byte (bytea in the database)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dxship-materials-'));
    try {
      const file = join(dir, 'backup.ndjson');
      await backupDatabase(t.db, file);
      const target = await createTestDatabase();
      try {
        // The target must be empty: drop the reference data the test database factory loads.
        const { orgParticipation, orgs } = await import('../../../db/schema/index.ts');
        await target.db.delete(orgParticipation);
        await target.db.delete(orgs);
        await restoreDatabase(target.db, file);
        const original = await stored();
        const restored = await target.db
          .select()
          .from(meetingMaterials)
          .where(eq(meetingMaterials.meetingId, meeting.id));
        expect(restored.map((m) => Buffer.from(m.content).toString('hex')).sort()).toEqual(
          original.map((m) => Buffer.from(m.content).toString('hex')).sort(),
        );
      } finally {
        await target.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a renamed .exe (415) and a PNG named .pdf (415), storing nothing', async () => {
    const before = (await stored()).length;
    const exe = await upload(officer, '資料.pdf', EXE);
    expect(exe.status).toBe(415);
    expect(((await exe.json()) as ErrorJson).error.code).toBe('UNSUPPORTED_FILE_TYPE');
    const png = await upload(officer, '資料.pdf', PNG);
    expect(png.status).toBe(415);
    expect(((await png.json()) as ErrorJson).error.code).toBe('FILE_TYPE_MISMATCH');
    expect((await upload(officer, '空.pdf', new Uint8Array())).status).toBe(400);
    expect((await stored()).length).toBe(before);
  });

  it('rejects a file over 10 MB (413) — by its own rule, and by the body limit beyond it', async () => {
    const before = (await stored()).length;
    const big = new Uint8Array(MAX_MATERIAL_BYTES + 1);
    big.set(PDF);
    const own = await upload(officer, '大きな資料.pdf', big, bigApp);
    expect(own.status).toBe(413);
    expect(((await own.json()) as ErrorJson).error.code).toBe('FILE_TOO_LARGE');
    const limit = await upload(officer, '大きな資料.pdf', big);
    expect(limit.status).toBe(413);
    const exactly = new Uint8Array(MAX_MATERIAL_BYTES);
    exactly.set(PDF);
    expect((await upload(officer, '上限ちょうど.pdf', exactly, bigApp)).status).toBe(201);
    expect((await stored()).length).toBe(before + 1);
  });

  it('is written by admin and officers only; a missing file or meeting is a clear error', async () => {
    expect((await upload(viewer, '資料.pdf', PDF)).status).toBe(403);
    const noFile = await t.app.request(`/api/meetings/${meeting.id}/materials`, {
      method: 'POST',
      headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrfToken },
      body: new FormData(),
    });
    expect(noFile.status).toBe(400);
    const missing = await t.request(
      'GET',
      `/api/meetings/${meeting.id}/materials/00000000-0000-4000-8000-000000000000`,
      { as: viewer },
    );
    expect(missing.status).toBe(404);
  });
});

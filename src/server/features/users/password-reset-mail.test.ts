import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSmtpServer } from '../../../../tests/support/smtp.ts';
import type { Session, TestApp } from '../../../../tests/support/test-app.ts';
import { users } from '../../../db/schema/index.ts';
import { deliverOutbox } from '../notifications/deliver-outbox.ts';
import type { Mailer } from '../notifications/mailer.ts';
import { createMailTestApp } from '../notifications/notifications.test-support.ts';

let t: TestApp;
let smtp: TestSmtpServer;
let mailer: Mailer;
let close: () => Promise<void>;
let admin: Session;

beforeAll(async () => {
  ({ t, smtp, mailer, close } = await createMailTestApp());
  admin = await t.as('admin');
});
afterAll(() => close());

describe('a password reset link, mailed when mail is on', () => {
  it('reaches the account’s address through the outbox with the same link the admin sees once', async () => {
    const owner = await t.as('municipal_staff', '342157');
    const [row] = await t.db.select().from(users).where(eq(users.login, owner.login));
    await t.db
      .update(users)
      .set({ email: 'staff@example.jp' })
      .where(eq(users.id, row?.id ?? ''));
    const res = await t.request('POST', `/api/users/${row?.id}/password-reset`, { as: admin });
    expect(res.status).toBe(201);
    const link = (await res.json()) as { url: string; mailedTo: string | null };
    expect(link.mailedTo).toBe('staff@example.jp');
    await deliverOutbox(t.db, mailer);
    const [mail] = smtp.to('staff@example.jp');
    expect(mail?.parsed.subject).toBe('【DXShip】パスワード再設定のご案内');
    expect(mail?.parsed.text).toContain(link.url);
  });

  it('is shown to the admin only when the account has no address (nothing is queued)', async () => {
    const owner = await t.as('viewer', '342092');
    const [row] = await t.db.select().from(users).where(eq(users.login, owner.login));
    smtp.clear();
    const res = await t.request('POST', `/api/users/${row?.id}/password-reset`, { as: admin });
    expect(((await res.json()) as { mailedTo: string | null }).mailedTo).toBeNull();
    expect(await deliverOutbox(t.db, mailer)).toMatchObject({ sent: 0 });
    expect(smtp.received).toHaveLength(0);
  });
});

import { type Session, sessionCookieOf, type TestApp } from '../../../../tests/support/test-app.ts';
import { DEMO_PASSWORD } from '../../../db/demo/demo-accounts.ts';
import type { Role } from '../../../domain/roles.ts';

/** Signs in as a demo account (after loadDemoData), e.g. `member`, linked to the first person of the roster. */
export async function loginAs(t: TestApp, login: string): Promise<Session> {
  const res = await t.login(login, DEMO_PASSWORD);
  if (res.status !== 200) throw new Error(`login ${login}: ${res.status}`);
  const body = (await res.json()) as { csrfToken: string; user: { role: Role; body: { code: string } } };
  return {
    login,
    cookie: sessionCookieOf(res),
    csrfToken: body.csrfToken,
    orgCode: body.user.body.code,
    role: body.user.role,
  };
}

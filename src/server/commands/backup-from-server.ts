import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { type BackupOptions, readBackup, writeFileAtomically } from '../platform/backup.ts';
import { AppError } from '../platform/errors.ts';

const SESSION_COOKIE = 'dxship_session';

/** What a server said when it refused: its `{ error: { code, message } }`, or the HTTP status. */
async function refusal(res: Response, what: string): Promise<AppError> {
  let code = `HTTP_${res.status}`;
  let message = `${what}: サーバーが ${res.status} を返しました`;
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string } };
    if (body.error?.code) code = body.error.code;
    if (body.error?.message) message = `${what}: ${body.error.message}`;
  } catch {
    // not our JSON error: keep the status
  }
  return new AppError(code, 400, message);
}

/**
 * Backs up a running server through `POST /api/admin/backup` into `file` (mode 0600): signs in as
 * `login` (an admin), sends the session cookie and the CSRF token the login answered, streams the
 * download into the file, signs out, and checks the file as restore would (hashes, trailer; the HMAC
 * too when BACKUP_KEY is set here as on the server). Returns the row count.
 */
export async function backupFromServer(
  from: string,
  credentials: { login: string; password: string },
  file: string,
  options: BackupOptions,
): Promise<number> {
  const base = new URL(from);
  if (base.protocol !== 'http:' && base.protocol !== 'https:') {
    throw new AppError('BAD_URL', 400, `--from には http:// か https:// の URL を指定してください: ${from}`);
  }
  const api = (path: string) => new URL(`/api/${path}`, base);
  const login = await fetch(api('auth/login'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (!login.ok) throw await refusal(login, 'ログインできませんでした');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new AppError('LOGIN_FAILED', 400, 'ログインの応答にセッションがありませんでした');
  const session = { cookie, 'x-csrf-token': csrfToken };
  try {
    const res = await fetch(api('admin/backup'), { method: 'POST', headers: session });
    if (!res.ok || !res.body) throw await refusal(res, 'バックアップできませんでした');
    const body = res.body;
    await writeFileAtomically(file, async (write) => {
      for await (const chunk of Readable.fromWeb(body as NodeReadableStream<Uint8Array>))
        await write(chunk as Uint8Array);
    });
  } finally {
    await fetch(api('auth/logout'), { method: 'POST', headers: session }).catch(() => undefined);
  }
  const counts = await readBackup(file, options);
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

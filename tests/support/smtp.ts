import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A mail as the test SMTP server received it: the envelope and the parsed message. */
export type ReceivedMail = { envelopeTo: string[]; parsed: ParsedMail };

export const SMTP_USER = 'dxship';
export const SMTP_PASSWORD = 'mail secret';

/**
 * A real SMTP server on a loopback port (smtp-server), requiring the credentials above, that keeps
 * every mail it accepts. `failNext(code, n)` makes it refuse the next n mails with that reply code
 * (4xx temporary, 5xx permanent). STARTTLS is not offered (no certificate on loopback).
 */
export async function startSmtpServer() {
  const received: ReceivedMail[] = [];
  const refusals: number[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authMethods: ['PLAIN', 'LOGIN'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD)
        callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const code = refusals.shift();
      if (code !== undefined) {
        stream.resume();
        stream.on('end', () => {
          const error = new Error(`refused by the test server (${code})`) as Error & { responseCode: number };
          error.responseCode = code;
          callback(error);
        });
        return;
      }
      simpleParser(stream).then(
        (parsed) => {
          received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), parsed });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://${SMTP_USER}:${encodeURIComponent(SMTP_PASSWORD)}@127.0.0.1:${port}`,
    received,
    /** Mails received to `address`. */
    to: (address: string) => received.filter((m) => m.envelopeTo.includes(address)),
    failNext: (code: number, count = 1) => {
      for (let i = 0; i < count; i++) refusals.push(code);
    },
    clear: () => {
      received.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type TestSmtpServer = Awaited<ReturnType<typeof startSmtpServer>>;

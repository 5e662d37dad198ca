import type { SendMailOptions } from 'nodemailer';
import type { mailOutbox } from '../../../db/schema/index.ts';
import type { MailSettings } from '../../platform/env.ts';
import { meetingIcs } from './meeting-calendar.ts';

type OutboxRow = typeof mailOutbox.$inferSelect;

/** Where each person chooses how they hear of each kind of event. */
export const SETTINGS_PATH = '/notifications/settings';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** An absolute URL for a path of the web UI (an absolute URL is kept as it is). */
export function absoluteUrl(settings: Pick<MailSettings, 'publicUrl'>, link: string): string {
  return /^https?:\/\//.test(link) ? link : `${settings.publicUrl}${link.startsWith('/') ? '' : '/'}${link}`;
}

/** The address part of `MAIL_FROM` (`DXShip <a@b>` → `a@b`), the organiser of invitations. */
export function senderAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}

/**
 * A queued mail as it is sent: the text, the link back to the record, the line on how to change one's
 * settings, the same in HTML, and a calendar invitation or cancellation as an .ics part. The Message-ID
 * is derived from the outbox id, so a mail resent after a crash can be recognised as the same mail.
 */
export function renderMail(row: OutboxRow, settings: MailSettings): SendMailOptions {
  const link = row.link ? absoluteUrl(settings, row.link) : null;
  const settingsUrl = absoluteUrl(settings, SETTINGS_PATH);
  const footer = `通知の受け取り方（すぐにメール・1日1回のまとめ・アプリ内のみ）は、次のページで変更できます。\n${settingsUrl}`;
  const text = [
    row.body,
    ...(link ? [`詳しくは DXShip で確認してください:\n${link}`] : []),
    '--',
    footer,
  ].join('\n\n');
  const paragraphs = row.body
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replaceAll('\n', '<br>')}</p>`)
    .join('\n');
  const html = [
    '<!doctype html><html lang="ja"><head><meta charset="utf-8"></head>',
    '<body style="font-family: sans-serif; line-height: 1.7">',
    paragraphs,
    link ? `<p><a href="${escapeHtml(link)}">DXShip で確認する</a></p>` : '',
    '<hr>',
    `<p style="font-size: 0.9em; color: #555">通知の受け取り方（すぐにメール・1日1回のまとめ・アプリ内のみ）は、<a href="${escapeHtml(settingsUrl)}">通知設定</a>で変更できます。</p>`,
    '</body></html>',
  ].join('\n');
  const host = new URL(settings.publicUrl).hostname || 'dxship';
  const message: SendMailOptions = {
    to: row.recipient,
    subject: row.subject,
    text,
    html,
    messageId: `<outbox-${row.id}@${host}>`,
    attachments: [],
  };
  for (const attachment of row.attachments) {
    if (attachment.type === 'file') {
      message.attachments!.push({
        filename: attachment.filename,
        contentType: attachment.contentType,
        content: attachment.content,
      });
      continue;
    }
    const organizer = { name: 'DXShip', email: senderAddress(settings.from) };
    // As an alternative part (what Outlook and Google read as an invitation) and as a file.
    message.icalEvent = {
      method: attachment.method,
      filename: attachment.method === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
      content: meetingIcs(attachment.meeting, attachment.method, {
        publicUrl: settings.publicUrl,
        organizer,
      }),
    };
  }
  return message;
}

import { and, asc, eq, lte } from 'drizzle-orm';
import { commitments, orgs } from '../../../db/schema/index.ts';
import { formatWareki } from '../../../domain/wareki.ts';
import type { Db } from '../../platform/db.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { daysBetween } from '../procurement/contract-window.ts';
import { managersOf } from './recipients.ts';

/** Days before the due date that the owner hears of a commitment. */
export const DUE_SOON_DAYS = 7;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * コミットメント期限: each open commitment due within {@link DUE_SOON_DAYS} days is announced once,
 * and each overdue one once per week it stays overdue (days 1–7 are week 0, 8–14 week 1 …), to its
 * owner body's managers. Event keys name the due date, so a commitment given a new date is announced
 * anew. Returns the number of people notified.
 */
export async function evaluateCommitmentDeadlines(db: Db, today: string): Promise<number> {
  const due = await db
    .select({
      id: commitments.id,
      title: commitments.title,
      ownerOrgCode: commitments.ownerOrgCode,
      dueOn: commitments.dueOn,
      meetingId: commitments.meetingId,
      orgName: orgs.name,
    })
    .from(commitments)
    .innerJoin(orgs, eq(orgs.code, commitments.ownerOrgCode))
    .where(and(eq(commitments.status, 'open'), lte(commitments.dueOn, addDays(today, DUE_SOON_DAYS))))
    .orderBy(asc(commitments.dueOn));
  if (due.length === 0) return 0;
  const managers = new Map<string, string[]>();
  for (const code of new Set(due.map((c) => c.ownerOrgCode)))
    managers.set(code, await managersOf(db, [code]));
  let notified = 0;
  for (const c of due) {
    const daysLeft = daysBetween(today, c.dueOn);
    const overdue = daysLeft < 0;
    const week = overdue ? Math.floor((-daysLeft - 1) / 7) : 0;
    const userIds = managers.get(c.ownerOrgCode) ?? [];
    if (userIds.length === 0) continue;
    notified += await db.transaction((tx) =>
      notify(tx, {
        kind: 'commitment_due',
        eventKey: overdue
          ? `commitment:${c.id}:${c.dueOn}:overdue:${week}`
          : `commitment:${c.id}:${c.dueOn}:soon`,
        userIds,
        title: overdue
          ? `コミットメントの期限を${-daysLeft}日過ぎています: ${c.title}`
          : `コミットメントの期限が近づいています（あと${daysLeft}日）: ${c.title}`,
        body: [
          `${c.orgName}のコミットメント「${c.title}」の期限は ${formatWareki(c.dueOn)} です。`,
          overdue
            ? `期限を${-daysLeft}日過ぎています。対応済みであれば DXShip で完了にしてください（完了にするまで毎週お知らせします）。`
            : `あと${daysLeft}日です。対応状況を DXShip で更新してください。`,
        ].join('\n\n'),
        link: `/meetings/commitments?orgCode=${c.ownerOrgCode}`,
      }),
    );
  }
  return notified;
}

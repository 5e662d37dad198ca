import { inArray } from 'drizzle-orm';
import { orgs, people, posts } from '../../../db/schema/index.ts';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import type { Db } from '../../platform/db.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { managersOf } from './recipients.ts';

type Placement = { personId: string; postId: string };

/**
 * 配置案の採用 → each affected body's managers (the placements into and out of their body's posts)
 * and each person placed who has an account (their own placement only). Call in the accepting
 * transaction with the planned placements of the 年度 before and after.
 */
export async function notifyPlacementAccepted(
  tx: Db,
  plan: { fiscalYear: number; scenarioId: string; before: Placement[]; after: Placement[] },
): Promise<void> {
  const all = [...plan.before, ...plan.after];
  if (all.length === 0) return;
  const postRows = await tx
    .select({ id: posts.id, orgCode: posts.orgCode, unit: posts.unit, title: posts.title })
    .from(posts)
    .where(inArray(posts.id, [...new Set(all.map((p) => p.postId))]));
  const personRows = await tx
    .select({ id: people.id, name: people.name, userId: people.userId })
    .from(people)
    .where(inArray(people.id, [...new Set(all.map((p) => p.personId))]));
  const orgRows = await tx.select({ code: orgs.code, name: orgs.name }).from(orgs);
  const post = new Map(postRows.map((p) => [p.id, p]));
  const person = new Map(personRows.map((p) => [p.id, p]));
  const orgName = new Map(orgRows.map((o) => [o.code, o.name]));
  const fy = formatFiscalYear(plan.fiscalYear);
  const key = `placement:${plan.fiscalYear}:${plan.scenarioId}:${Date.now()}`;
  const postLabel = (id: string) => {
    const p = post.get(id);
    return p ? `${orgName.get(p.orgCode) ?? p.orgCode} ${p.unit} ${p.title}` : '（ポスト不明）';
  };
  const line = (p: Placement) => `・${person.get(p.personId)?.name ?? '（不明）'} → ${postLabel(p.postId)}`;
  const bodyOf = (p: Placement) => post.get(p.postId)?.orgCode;

  for (const code of new Set(all.map(bodyOf).filter((c): c is string => c !== undefined))) {
    const into = plan.after.filter((p) => bodyOf(p) === code);
    const removed = plan.before.filter(
      (p) =>
        bodyOf(p) === code && !plan.after.some((a) => a.personId === p.personId && a.postId === p.postId),
    );
    const sections = [`${fy}の配置案が採用され、${orgName.get(code) ?? code}の配置予定が決まりました。`];
    if (into.length > 0) sections.push(`配置予定（${into.length}人）:\n${into.map(line).join('\n')}`);
    if (removed.length > 0)
      sections.push(`配置予定から外れた人（${removed.length}人）:\n${removed.map(line).join('\n')}`);
    await notify(tx, {
      kind: 'placement',
      eventKey: `${key}:body:${code}`,
      userIds: await managersOf(tx, [code]),
      title: `配置案が採用されました: ${fy} ${orgName.get(code) ?? code}`,
      body: sections.join('\n\n'),
      link: '/placement',
    });
  }
  for (const p of plan.after) {
    const userId = person.get(p.personId)?.userId;
    if (!userId) continue;
    await notify(tx, {
      kind: 'placement',
      eventKey: `${key}:person:${p.personId}`,
      userIds: [userId],
      title: `${fy}の配置予定が決まりました`,
      body: `${fy}の配置案が採用され、あなたの配置予定は次のとおりになりました。\n\n${postLabel(p.postId)}\n\n詳しくは所属団体の担当者から連絡があります。`,
      link: '/me',
    });
  }
}

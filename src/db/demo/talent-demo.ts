import { eq } from 'drizzle-orm';
import { CERTIFICATIONS } from '../../domain/certifications.ts';
import type { Actor } from '../../server/platform/actor.ts';
import { writeAudit } from '../../server/platform/audit.ts';
import type { Db } from '../../server/platform/db.ts';
import { readBodies } from '../reference/load-reference-data.ts';
import {
  assignments,
  orgParticipation,
  people,
  personCertifications,
  personLocationPreferences,
  posts,
  users,
} from '../schema/index.ts';
import { DEMO_PEOPLE, type DemoPerson, HISTORY_POST_KEYS, inventDetails } from './people-demo-data.ts';
import {
  type DemoPost,
  MUNICIPAL_OWN_POSTS,
  MUNICIPAL_POSTS,
  PREFECTURE_POSTS,
} from './placement-demo-data.ts';
import { pick } from './seeded-random.ts';

/** R7 plan (p.20): a second 共通人材 where needed — open posts with budget, no one assigned yet. */
const R7_SECOND_POSTS: DemoPost[] = [
  ['呉市', '行政改革デジタル推進第２課', '主査（2人目）', 'application_engineer'],
  ['府中市', 'DX推進課', '主査（2人目）', 'service_manager'],
  ['庄原市', '企画課', '専門員（2人目）', 'infrastructure_engineer'],
  ['熊野町', '政策企画課', '専門員（2人目）', 'project_manager'],
  ['北広島町', '総務課', 'DX推進担当（2人目）', 'ux_designer'],
].map(([org, unit, title, job], i) => ({
  key: `r7-${i + 1}`,
  org: org ?? '',
  unit: unit ?? '',
  title: title ?? '',
  duties: '標準化・ガバメントクラウド移行、DX推進計画の実装支援',
  wantedJobType: job ?? 'business_designer',
  fromFiscalYear: 2025,
}));

const HISTORY_POSTS: DemoPost[] = HISTORY_POST_KEYS.map((key, i) => ({
  key,
  org: '広島県',
  unit: 'DX推進チーム',
  title: `主事（育成配置${i + 1}）`,
  duties: '採用初年度の育成配置：庁内システムの運用・市町支援の補助',
  wantedJobType: 'service_manager',
  fromFiscalYear: 2021,
}));

function gradeOf(p: DemoPerson, fiscalYear: number): (typeof people.$inferInsert)['grade'] {
  if (p.category === 'fixed_term_expert') return '課長補佐';
  const years = fiscalYear - p.hiringFiscalYear + (p.hiringRoute === 'mid_career' ? 5 : 0);
  if (years >= 12) return '課長補佐';
  if (years >= 8) return '係長';
  if (years >= 3) return '主任';
  return '係員';
}

/**
 * Loads the demo roster, posts and assignments, links the `member` demo account to the first person
 * (assigned to 江田島市), and writes one audit entry for the bulk load. Returns the people's ids.
 */
export async function loadTalentDemo(db: Db, actor: Actor): Promise<string[]> {
  const codeOf = new Map(readBodies().map((b) => [b.name, b.code]));
  const code = (name: string) => {
    const c = codeOf.get(name);
    if (!c) throw new Error(`unknown body in demo data: ${name}`);
    return c;
  };
  return db.transaction(async (tx) => {
    const allPosts = [
      ...MUNICIPAL_POSTS,
      ...MUNICIPAL_OWN_POSTS,
      ...PREFECTURE_POSTS,
      ...HISTORY_POSTS,
      ...R7_SECOND_POSTS,
    ];
    // Each participating body's first post is 必須, the R7 second posts 優先 (p.20), the rest 通常.
    const participating = [
      code('広島県'),
      ...(await tx.select().from(orgParticipation).where(eq(orgParticipation.fiscalYear, 2024))).map(
        (r) => r.orgCode,
      ),
    ];
    const firstPostKeys = new Set(
      participating
        .map((org) => allPosts.find((p) => code(p.org) === org)?.key)
        .filter((k) => k !== undefined),
    );
    const priorityOf = (p: DemoPost) => (firstPostKeys.has(p.key) ? 2 : p.key.startsWith('r7-') ? 1 : 0);
    const insertedPosts = await tx
      .insert(posts)
      .values(
        allPosts.map((p) => ({
          orgCode: code(p.org),
          unit: p.unit,
          title: p.title,
          duties: p.duties,
          wantedJobType: p.wantedJobType,
          wantedLevel: 3,
          fte: 1,
          fromFiscalYear: p.fromFiscalYear,
          toFiscalYear: HISTORY_POST_KEYS.some((k) => k === p.key) ? 2023 : null,
          budgetSecured: true,
          budgetYen: p.org === '広島県' ? null : 7_800_000,
          note: p.note ?? '',
          priority: priorityOf(p),
        })),
      )
      .returning({ id: posts.id });
    const postId = new Map(allPosts.map((p, i) => [p.key, insertedPosts[i]!.id]));
    const postByKey = new Map(allPosts.map((p) => [p.key, p]));

    const ids: string[] = [];
    for (const [i, p] of DEMO_PEOPLE.entries()) {
      const d = inventDetails(i);
      const latest = p.assignments.at(-1);
      const postJob = latest ? postByKey.get(latest.post)?.wantedJobType : undefined;
      const primary = postJob && d.random() < 0.8 ? postJob : d.primary;
      const hiredOn =
        p.category === 'fixed_term_expert' ? `${p.hiringFiscalYear}-07-01` : `${p.hiringFiscalYear}-04-01`;
      const municipalities = participating.filter((org) => org !== code('広島県'));
      const [row] = await tx
        .insert(people)
        .values({
          employeeNo: p.employeeNo,
          name: d.name,
          kana: d.kana,
          employerOrgCode: code(p.employer),
          category: p.category,
          hiringRoute: p.hiringRoute,
          hiringFiscalYear: p.hiringFiscalYear,
          hiredOn,
          grade: gradeOf(p, 2024),
          primaryJobType: primary,
          secondaryJobType: d.secondary === primary ? null : d.secondary,
          careerGoal: pick(d.random, [
            '市町のDX推進を牽引するビジネスデザイナーになりたい',
            '標準化・ガバメントクラウド移行の専門家として県内を支援したい',
            'データ利活用で政策立案を支えたい',
            'セキュリティの第一人者として自治体ネットワークを守りたい',
            '住民目線のサービスデザインを広めたい',
          ]),
          homeOrgCode: code(
            pick(d.random, [
              '広島市',
              '呉市',
              '東広島市',
              '廿日市市',
              '三原市',
              '福山市',
              '尾道市',
              '三次市',
            ]),
          ),
        })
        .returning({ id: people.id });
      const personId = row!.id;
      ids.push(personId);

      const certs = new Map<string, string>();
      const pickExam = () =>
        pick(
          d.random,
          CERTIFICATIONS.filter((c) => c.level >= 2),
        ).code;
      if (p.category === 'pref_it' && p.hiringFiscalYear >= 2023 && d.random() < 0.7) {
        certs.set('AP', `${p.hiringFiscalYear - 1}-12-22`);
      }
      const extra = Math.floor(d.random() * 3);
      for (let k = 0; k < extra; k++)
        certs.set(pickExam(), `${p.hiringFiscalYear - 1 - k}-06-${String(10 + k).padStart(2, '0')}`);
      if (certs.size > 0) {
        await tx
          .insert(personCertifications)
          .values([...certs].map(([c, passedOn]) => ({ personId, code: c, passedOn })));
      }
      const prefs = [
        ...new Set([pick(d.random, municipalities), pick(d.random, municipalities), code('広島県')]),
      ];
      await tx
        .insert(personLocationPreferences)
        .values(prefs.map((orgCode, rank) => ({ personId, rank: rank + 1, orgCode })));
      await tx.insert(assignments).values(
        p.assignments.map((a) => ({
          personId,
          postId: postId.get(a.post)!,
          fte: a.fte,
          startFiscalYear: a.from,
          endFiscalYear: a.to ?? null,
          startDate: a.startDate ?? null,
          status: 'actual' as const,
        })),
      );
    }
    const [member] = await tx.select({ id: users.id }).from(users).where(eq(users.login, 'member'));
    if (member && ids[0]) await tx.update(people).set({ userId: member.id }).where(eq(people.id, ids[0]));
    await writeAudit(tx, actor, {
      action: 'demo.load',
      entityType: 'people',
      entityId: 'demo',
      after: { people: ids.length, posts: allPosts.length },
    });
    return ids;
  });
}

import { apportion } from '../../domain/apportion.ts';
import { createSession } from '../../server/features/literacy/create-session.ts';
import { recordParticipation } from '../../server/features/literacy/record-participation.ts';
import type { Actor } from '../../server/platform/actor.ts';
import { writeAudit } from '../../server/platform/audit.ts';
import type { Db } from '../../server/platform/db.ts';
import { readBodies } from '../reference/load-reference-data.ts';
import { literacyCourses } from '../schema/index.ts';
import { seededRandom } from './seeded-random.ts';

/** 研修メニュー（5年度及び6年度）of p.28, with the 令和6年度 column as the status. */
export const LITERACY_MENU = [
  ['中堅Ⅰ', '各課程研修', '自治研修センター', '集合', '6月', '「問題解決」にDXの要素を追加', '6月実施'],
  [
    '市町職員指導者養成',
    '特別研修',
    '自治研修センター',
    '集合',
    '7、8月',
    'DXに係る講義を追加',
    '7、8月実施',
  ],
  ['データ分析・活用力', '特別研修', '自治研修センター', '集合', '9月', 'DXの要素を追加', '9月実施'],
  [
    'みんなのDX研修',
    '',
    '県DX推進チーム',
    'オンライン（希望市町）',
    '9～2月',
    'ＤＸの定義、考え方、ＤＸ事例等',
    '8月から実施予定',
  ],
  [
    'デジタルリテラシー向上に係る学習動画',
    '',
    '県DX推進チーム',
    'オンライン（希望市町）',
    '10月～',
    'デジタル技術を利活用する上で求められる基礎的な知識(ITパスポート相当)',
    '新たなコンテンツを追加予定',
  ],
] as const;

/** R5 sessions; the two online courses carry the participation of p.28 (9市町 164名, 12市町 799名). */
const R5_SESSIONS: readonly {
  course: string;
  startsOn: string;
  endsOn: string;
  total?: number;
  bodies?: number;
  seed?: number;
}[] = [
  { course: '中堅Ⅰ', startsOn: '2023-06-01', endsOn: '2023-06-30' },
  { course: '市町職員指導者養成', startsOn: '2023-07-01', endsOn: '2023-08-31' },
  { course: 'データ分析・活用力', startsOn: '2023-09-01', endsOn: '2023-09-30' },
  {
    course: 'みんなのDX研修',
    startsOn: '2023-09-01',
    endsOn: '2024-02-29',
    total: 164,
    bodies: 9,
    seed: 281,
  },
  {
    course: 'デジタルリテラシー向上に係る学習動画',
    startsOn: '2023-10-01',
    endsOn: '2024-03-31',
    total: 799,
    bodies: 12,
    seed: 282,
  },
];

/**
 * Which 市町 took part and how many each: a deterministic draw of `bodies` of the 23 市町 and a split
 * of `total` over them by random weights (largest remainder), so the records sum exactly to the seed.
 */
export function demoParticipation(
  total: number,
  bodies: number,
  seed: number,
  municipalities: readonly string[],
) {
  const random = seededRandom(seed);
  const shuffled = [...municipalities]
    .map((code) => ({ code, key: random() }))
    .sort((a, b) => a.key - b.key)
    .slice(0, bodies)
    .map((x) => x.code)
    .sort();
  const counts = apportion(
    total,
    shuffled.map(() => 1 + random() * 3),
  );
  return shuffled.map((orgCode, i) => ({ orgCode, participants: counts[i]! }));
}

/** Loads the training menu of p.28, its R5 sessions with participation records, and the R6 session planned from August. */
export async function loadLiteracyDemo(db: Db, actor: Actor): Promise<void> {
  const courses = await db.transaction(async (tx) => {
    const rows = await tx
      .insert(literacyCourses)
      .values(
        LITERACY_MENU.map(([name, category, organiser, method, period, content, status], i) => ({
          name,
          category,
          organiser,
          method,
          period,
          content,
          statusFiscalYear: 2024,
          statusNote: status,
          sortOrder: i + 1,
        })),
      )
      .returning({ id: literacyCourses.id, name: literacyCourses.name });
    await writeAudit(tx, actor, {
      action: 'demo.load',
      entityType: 'literacy_courses',
      entityId: 'demo',
      after: { courses: rows.length },
    });
    return new Map(rows.map((r) => [r.name, r.id]));
  });
  const municipalities = readBodies()
    .filter((b) => b.type !== '県')
    .map((b) => b.code);
  for (const s of R5_SESSIONS) {
    const session = await createSession(db, actor, {
      courseId: courses.get(s.course)!,
      fiscalYear: 2023,
      title: `${s.course}（令和5年度）`,
      startsOn: s.startsOn,
      endsOn: s.endsOn,
    });
    if (s.total === undefined || s.bodies === undefined || s.seed === undefined) continue;
    for (const record of demoParticipation(s.total, s.bodies, s.seed, municipalities)) {
      await recordParticipation(db, actor, { sessionId: session.id, ...record });
    }
  }
  await createSession(db, actor, {
    courseId: courses.get('みんなのDX研修')!,
    fiscalYear: 2024,
    title: 'みんなのDX研修（令和6年度）',
    startsOn: '2024-08-01',
    endsOn: '2025-02-28',
  });
}

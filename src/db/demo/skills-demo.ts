import { and, asc, eq, inArray } from 'drizzle-orm';
import { certificationOf } from '../../domain/certifications.ts';
import { fiscalYearRange } from '../../domain/fiscal-year.ts';
import { jobTypeOf } from '../../domain/job-types.ts';
import { SKILL_ITEM_CODES, type SkillItemCode } from '../../domain/skills/catalogue.ts';
import type { SkillLevel } from '../../domain/skills/levels.ts';
import { careerStageOf, importanceOf, targetsFor } from '../../domain/skills/targets.ts';
import { draftPlan } from '../../server/features/development/plan-draft.ts';
import { computeSheet } from '../../server/features/skills/compute-sheet-summary.ts';
import { CLI_ACTOR } from '../../server/platform/actor.ts';
import { writeAudit } from '../../server/platform/audit.ts';
import type { Db } from '../../server/platform/db.ts';
import {
  assignments,
  people,
  personCertifications,
  skillAssessments,
  skillEvidence,
  skillSheets,
  trainingCourses,
  trainingPlanItems,
  trainingPlans,
  users,
} from '../schema/index.ts';
import { seededRandom } from './seeded-random.ts';

type Kind = (typeof trainingCourses.$inferInsert)['kind'];
type Grade = (typeof people.$inferSelect)['grade'];
type Course = [
  kind: Kind,
  name: string,
  provider: string,
  items: SkillItemCode[],
  hours: number,
  yen: number,
  grade?: Grade,
];

/**
 * The demo training catalogue (p.10): オンライン研修, 派遣研修, オンラインコミュニティ, 課程研修 by grade and
 * ジョブローテーション. Every provider is invented; the real ones the document names (Udemy, TechAcademy,
 * デジタル庁) appear only as the kind of provider in descriptions.
 */
export const DEMO_COURSES: readonly Course[] = [
  ['online', 'DX戦略立案の基礎', 'まなびクラウド', ['strategy', 'bpr'], 8, 12_000],
  ['online', '業務プロセス改革（BPR）実践', 'まなびクラウド', ['bpr', 'requirements'], 10, 15_000],
  ['online', '要件定義・調達仕様書の書き方', 'ITスクール瀬戸内', ['requirements', 'procurement'], 12, 18_000],
  ['online', 'プロジェクトマネジメント基礎', 'ITスクール瀬戸内', ['project_management'], 16, 24_000],
  ['online', 'ITサービスマネジメント基礎', 'ITスクール瀬戸内', ['service_operations'], 12, 20_000],
  [
    'online',
    'サービスデザイン入門',
    'デザイン学舎オンライン',
    ['service_design', 'user_research'],
    10,
    16_000,
  ],
  ['online', 'UI/UXデザイン実践', 'デザイン学舎オンライン', ['ux_design', 'user_research'], 20, 29_800],
  [
    'online',
    'Pythonによるデータ分析',
    'コードラボ・オンライン',
    ['data_analysis', 'software_dev'],
    24,
    19_800,
  ],
  [
    'online',
    'EBPMのためのデータ基盤入門',
    'コードラボ・オンライン',
    ['data_platform', 'open_data'],
    12,
    14_000,
  ],
  [
    'online',
    'Webアプリケーション開発（TypeScript）',
    'コードラボ・オンライン',
    ['software_dev', 'architecture'],
    40,
    49_800,
  ],
  ['online', 'システムアーキテクチャ設計', 'コードラボ・オンライン', ['architecture', 'cloud'], 20, 30_000],
  ['online', 'クラウド基礎', 'クラウド道場', ['cloud', 'infrastructure'], 16, 22_000],
  ['online', 'ネットワーク技術基礎', 'クラウド道場', ['infrastructure'], 14, 15_000],
  ['online', '生成AI・機械学習の活用', 'AIリテラシー研究所', ['ai_advanced', 'data_analysis'], 12, 18_000],
  [
    'online',
    '情報セキュリティマネジメント講座',
    'セキュアスクール',
    ['security_management', 'law_privacy'],
    10,
    13_000,
  ],
  ['online', 'セキュア設計と脆弱性対策', 'セキュアスクール', ['security_engineering'], 18, 26_000],
  [
    'dispatch',
    'ガバメントクラウド移行実務',
    '国のデジタル推進機関（派遣）',
    ['cloud', 'municipal_standardisation', 'procurement'],
    240,
    180_000,
  ],
  [
    'dispatch',
    '自治体システム標準化プロジェクト',
    '国のデジタル推進機関（派遣）',
    ['municipal_standardisation', 'project_management'],
    480,
    250_000,
  ],
  [
    'dispatch',
    'AI活用の実地研修',
    '株式会社みらいAIラボ（派遣先）',
    ['ai_advanced', 'software_dev'],
    320,
    300_000,
  ],
  [
    'dispatch',
    'セキュリティ運用の実地研修',
    '瀬戸内セキュリティ株式会社（派遣先）',
    ['security_engineering', 'infrastructure'],
    160,
    200_000,
  ],
  [
    'dispatch',
    'サービスデザインの実地研修',
    'デザインファーム海風（派遣先）',
    ['service_design', 'ux_design', 'user_research'],
    160,
    150_000,
  ],
  ['community', '自治体DX実践コミュニティ', '自治体DXネット', ['communication', 'strategy', 'bpr'], 24, 0],
  [
    'community',
    'オープンデータ推進コミュニティ',
    'オープンデータひろしま研究会',
    ['open_data', 'data_platform'],
    12,
    0,
  ],
  [
    'community',
    'セキュリティ勉強会',
    '中国地方セキュリティ勉強会',
    ['security_engineering', 'security_management'],
    12,
    0,
  ],
  [
    'community',
    'アジャイル開発コミュニティ',
    'アジャイル瀬戸内',
    ['software_dev', 'project_management'],
    12,
    0,
  ],
  [
    'course',
    '新規採用職員研修',
    '県職員研修所',
    ['law_privacy', 'communication', 'municipal_standardisation'],
    35,
    0,
    '係員',
  ],
  ['course', '主任級研修', '県職員研修所', ['communication', 'law_privacy'], 21, 0, '主任'],
  [
    'course',
    '係長級研修（政策形成）',
    '県職員研修所',
    ['strategy', 'communication', 'teaching'],
    21,
    0,
    '係長',
  ],
  [
    'course',
    '課長補佐級研修（組織マネジメント）',
    '県職員研修所',
    ['teaching', 'project_management'],
    14,
    0,
    '課長補佐',
  ],
  ['course', '課長級研修（リーダーシップ）', '県職員研修所', ['strategy', 'teaching'], 14, 0, '課長'],
  [
    'ojt',
    'ジョブローテーション（市町DX推進ポスト）',
    'ひろしま情報システム人材機構',
    ['municipal_standardisation', 'bpr', 'communication'],
    1600,
    0,
  ],
  [
    'ojt',
    'ジョブローテーション（県庁情報システム部門）',
    '県DX推進チーム',
    ['service_operations', 'infrastructure', 'procurement'],
    1600,
    0,
  ],
];

const DESCRIPTIONS: Record<Kind, string> = {
  online: 'Udemy・TechAcademy のような動画・オンライン講座。研修計画に沿って受講（受講料を支援）',
  dispatch: 'デジタル庁のような国の機関や民間企業への派遣研修。最新の知見を実務で習得',
  community: '研修計画以外のスキルアップの機会としてのオンラインコミュニティ',
  course: '行政職員として職層に応じた行政知識を学ぶ課程研修',
  ojt: 'デジタル技術に直接携わる業務と企画・調整の実務を経験するジョブローテーション',
};

/** Which skill item an IPA exam is evidence for. */
const CERT_ITEM: Record<string, SkillItemCode> = {
  IP: 'strategy',
  SG: 'security_management',
  FE: 'software_dev',
  AP: 'architecture',
  ST: 'strategy',
  SA: 'architecture',
  PM: 'project_management',
  NW: 'infrastructure',
  DB: 'data_platform',
  ES: 'software_dev',
  SM: 'service_operations',
  AU: 'security_management',
  SC: 'security_engineering',
};

const YEARS = [2023, 2024] as const;
const R6_BUDGET_YEN = 60_000;
const MAX_PLAN_ITEMS = 4;

/** A stable seed from text (FNV-1a), so a person's demo levels do not depend on load order. */
function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193);
  return h >>> 0;
}

const clamp = (n: number): SkillLevel => Math.max(0, Math.min(4, n)) as SkillLevel;

/** Picks from weighted options with a PRNG draw. */
function weighted(r: number, options: readonly [value: number, weight: number][]): number {
  let acc = 0;
  for (const [value, weight] of options) {
    acc += weight;
    if (r < acc) return value;
  }
  return options[options.length - 1]?.[0] ?? 0;
}

type SheetPlan = {
  personId: string;
  fiscalYear: number;
  jobType: string;
  careerStage: ReturnType<typeof careerStageOf>;
  status: 'draft' | 'self_assessed' | 'evaluated';
  levels: { itemCode: SkillItemCode; self: SkillLevel | null; evaluator: SkillLevel | null }[];
};

/** R5 levels scatter around the target; R6 keeps R5 and grows a step on about a third of the items. */
function inventSheets(person: typeof people.$inferSelect): SheetPlan[] {
  const jobType = jobTypeOf(person.primaryJobType)?.code;
  if (!jobType) return [];
  const random = seededRandom(seedOf(person.employeeNo));
  const previous = new Map<SkillItemCode, number>();
  const status = weighted(random(), [
    [2, 0.8],
    [1, 0.15],
    [0, 0.05],
  ]);
  return YEARS.filter((fy) => fy >= person.hiringFiscalYear).map((fy) => {
    const careerStage = careerStageOf(person.hiringFiscalYear, fy, person.category === 'fixed_term_expert');
    const targets = targetsFor(jobType, careerStage);
    const sheetStatus =
      fy === 2023 ? 'evaluated' : (['draft', 'self_assessed', 'evaluated'] as const)[status]!;
    const levels = SKILL_ITEM_CODES.map((itemCode) => {
      const before = previous.get(itemCode);
      const base =
        before === undefined
          ? (targets.get(itemCode) ?? 0) +
            weighted(random(), [
              [-2, 0.08],
              [-1, 0.32],
              [0, 0.45],
              [1, 0.15],
            ])
          : before + (random() < 0.35 ? 1 : 0);
      const evaluator = clamp(base);
      previous.set(itemCode, evaluator);
      const self = clamp(
        evaluator +
          weighted(random(), [
            [-1, 0.15],
            [0, 0.6],
            [1, 0.25],
          ]),
      );
      return {
        itemCode,
        self: sheetStatus === 'draft' ? null : self,
        evaluator: sheetStatus === 'evaluated' ? evaluator : null,
      };
    });
    return { personId: person.id, fiscalYear: fy, jobType, careerStage, status: sheetStatus, levels };
  });
}

/**
 * Demo data of the skills and development areas for the people given: the training catalogue, R5 and
 * R6 skill sheets (levels drawn deterministically around each person's targets), certification and
 * OJT evidence, and R6 training plans drafted from the R6 gaps with some items completed (each
 * completion also evidence on the R6 sheet). Bulk inserts in one transaction; one audit entry.
 */
export async function loadSkillsDemo(db: Db, options: { personIds: string[] }): Promise<void> {
  await db.transaction(async (tx) => {
    const courses = await tx
      .insert(trainingCourses)
      .values(
        DEMO_COURSES.map(([kind, name, provider, skillItems, hours, costYen, grade]) => ({
          kind,
          name,
          provider,
          skillItems,
          hours,
          costYen,
          grade: grade ?? null,
          description: DESCRIPTIONS[kind],
        })),
      )
      .returning();
    if (options.personIds.length === 0) return;
    const persons = await tx
      .select()
      .from(people)
      .where(inArray(people.id, options.personIds))
      .orderBy(asc(people.employeeNo));
    const [evaluator] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.role, 'talent_officer'))
      .orderBy(asc(users.login))
      .limit(1);
    const plans = persons.flatMap(inventSheets);
    const sheets = await tx
      .insert(skillSheets)
      .values(
        plans.map((p, i) => ({
          personId: p.personId,
          fiscalYear: p.fiscalYear,
          jobType: p.jobType,
          careerStage: p.careerStage,
          status: p.status,
          evaluatedBy: p.status === 'evaluated' ? (evaluator?.id ?? null) : null,
          evaluatedAt:
            p.status === 'evaluated' ? new Date(Date.UTC(p.fiscalYear + 1, 1, 1 + (i % 20), 1)) : null,
          updatedAt: new Date(Date.UTC(p.fiscalYear + 1, 1, 1 + (i % 20), 1)),
        })),
      )
      .returning();
    const sheetOf = new Map(sheets.map((s) => [`${s.personId}/${s.fiscalYear}`, s]));
    const assessed = plans.flatMap((p) => {
      const sheet = sheetOf.get(`${p.personId}/${p.fiscalYear}`)!;
      return p.levels
        .filter((l) => l.self !== null || l.evaluator !== null)
        .map((l) => ({
          sheetId: sheet.id,
          itemCode: l.itemCode,
          selfLevel: l.self,
          evaluatorLevel: l.evaluator,
          evaluatorComment: l.evaluator !== null && l.evaluator >= 3 ? '指導的な役割を果たしている' : '',
        }));
    });
    if (assessed.length > 0) await tx.insert(skillAssessments).values(assessed);
    const evidence = await evidenceOf(tx, persons, sheetOf);
    const planned = await insertPlans(tx, persons, sheets, assessed, courses);
    const allEvidence = [...evidence, ...planned.evidence];
    if (allEvidence.length > 0) await tx.insert(skillEvidence).values(allEvidence);
    await writeAudit(tx, CLI_ACTOR, {
      action: 'demo.load',
      entityType: 'skills_demo',
      entityId: 'skills',
      after: {
        courses: courses.length,
        sheets: sheets.length,
        assessments: assessed.length,
        evidence: allEvidence.length,
        plans: planned.plans,
        planItems: planned.items,
      },
    });
  });
}

type SheetRow = typeof skillSheets.$inferSelect;
type EvidenceInsert = typeof skillEvidence.$inferInsert;

/** Certifications passed by the end of a sheet's 年度, and the actual assignment spanning it (OJT). */
async function evidenceOf(
  tx: Db,
  persons: readonly (typeof people.$inferSelect)[],
  sheetOf: ReadonlyMap<string, SheetRow>,
): Promise<EvidenceInsert[]> {
  const ids = persons.map((p) => p.id);
  const [certs, posted] = await Promise.all([
    tx.select().from(personCertifications).where(inArray(personCertifications.personId, ids)),
    tx
      .select()
      .from(assignments)
      .where(and(inArray(assignments.personId, ids), eq(assignments.status, 'actual'))),
  ]);
  const rows: EvidenceInsert[] = [];
  for (const fy of YEARS) {
    const end = fiscalYearRange(fy).end;
    for (const c of certs) {
      const sheet = sheetOf.get(`${c.personId}/${fy}`);
      const itemCode = CERT_ITEM[c.code];
      if (!sheet || !itemCode || c.passedOn > end) continue;
      const description = `${certificationOf(c.code)?.name ?? c.code}（${c.passedOn} 合格）`;
      rows.push({ sheetId: sheet.id, itemCode, kind: 'certification', reference: c.code, description });
    }
    for (const a of posted) {
      const sheet = sheetOf.get(`${a.personId}/${fy}`);
      const spans = a.startFiscalYear <= fy && (a.endFiscalYear === null || a.endFiscalYear >= fy);
      if (!sheet || !spans) continue;
      const jobType = jobTypeOf(sheet.jobType)?.code;
      const itemCode =
        (jobType && SKILL_ITEM_CODES.find((i) => importanceOf(jobType, i) === 'core')) || 'communication';
      rows.push({
        sheetId: sheet.id,
        itemCode,
        kind: 'ojt',
        reference: a.id,
        description: '配属先での実務（OJT）',
      });
    }
  }
  return rows;
}

/** R6 plans drafted from the R6 gaps within a budget; about 60 % of people completed the first items. */
async function insertPlans(
  tx: Db,
  persons: readonly (typeof people.$inferSelect)[],
  sheets: readonly SheetRow[],
  assessed: readonly (typeof skillAssessments.$inferInsert)[],
  courses: readonly (typeof trainingCourses.$inferSelect)[],
): Promise<{ plans: number; items: number; evidence: EvidenceInsert[] }> {
  const r6 = sheets.filter((s) => s.fiscalYear === 2024);
  if (r6.length === 0) return { plans: 0, items: 0, evidence: [] };
  const planRows = await tx
    .insert(trainingPlans)
    .values(r6.map((s) => ({ personId: s.personId, fiscalYear: 2024, updatedAt: s.updatedAt })))
    .returning();
  const planOf = new Map(planRows.map((p) => [p.personId, p]));
  const gradeOf = new Map(persons.map((p) => [p.id, p.grade]));
  const employeeNoOf = new Map(persons.map((p) => [p.id, p.employeeNo]));
  const wanted = r6.flatMap((sheet) => {
    const rows = assessed
      .filter((a) => a.sheetId === sheet.id)
      .map((a) => ({
        sheetId: sheet.id,
        itemCode: a.itemCode,
        selfLevel: a.selfLevel ?? null,
        evaluatorLevel: a.evaluatorLevel ?? null,
        evaluatorComment: '',
      }));
    const gaps = computeSheet(sheet, rows).gaps;
    const grade = gradeOf.get(sheet.personId);
    const eligible = courses.filter((c) => c.kind !== 'ojt' && (c.grade === null || c.grade === grade));
    const random = seededRandom(seedOf(`plan/${employeeNoOf.get(sheet.personId) ?? ''}`));
    const completes = random() < 0.6 ? 1 + Math.floor(random() * 2) : 0;
    return draftPlan(eligible, gaps, { budgetYen: R6_BUDGET_YEN })
      .slice(0, MAX_PLAN_ITEMS)
      .map((pick, i) => {
        const done = i < completes;
        const month = 6 + ((i * 3 + gaps.length) % 8); // June … January
        const completedOn = `${month <= 12 ? 2024 : 2025}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-15`;
        return {
          sheetId: sheet.id,
          row: {
            planId: planOf.get(sheet.personId)!.id,
            courseId: pick.courseId,
            targetItem: pick.targetItem,
            status: done ? ('completed' as const) : ('planned' as const),
            completedOn: done ? completedOn : null,
            costYen: pick.costYen,
          },
        };
      });
  });
  if (wanted.length === 0) return { plans: planRows.length, items: 0, evidence: [] };
  const items = await tx
    .insert(trainingPlanItems)
    .values(wanted.map((w) => w.row))
    .returning();
  const courseName = new Map(courses.map((c) => [c.id, `${c.name}（${c.provider}）`]));
  const evidence = items.flatMap((item, i): EvidenceInsert[] =>
    item.status === 'completed' && item.targetItem
      ? [
          {
            sheetId: wanted[i]!.sheetId,
            itemCode: item.targetItem,
            kind: 'training',
            reference: String(item.id),
            description: `${courseName.get(item.courseId)}${item.completedOn} 修了`,
          },
        ]
      : [],
  );
  return { plans: planRows.length, items: items.length, evidence };
}

import { JOB_TYPES } from '../../domain/job-types.ts';
import { pick, seededRandom } from './seeded-random.ts';

/**
 * The fictional 共通人材 roster of R6 (p.12: 38 = 30 県情報職等 + 8 市町職員) and its assignment history
 * (R4 model placement, R5 7市町 6名, R6 15市町 15名 + 市町情報職相当 6名 + 県 15名 + 2名 — p.13, p.20).
 * Hires follow p.21 exactly (情報職 from R3, 任期付 from R5; the R6 公募 7名 = 県4・市町3, so three R6
 * 社会人 hires go straight to p.13's new R6 posts); the two 県情報職「等」 beyond the 28 hires are
 * prefectural staff appointed from another job class in R3 (任用替え), not hires of the programme.
 * Structure is fixed here; names and skills are invented (obviously fictional names).
 */
export type DemoAssignment = { post: string; fte: number; from: number; to?: number; startDate?: string };

export type DemoPerson = {
  employeeNo: string;
  category: 'pref_it' | 'municipal_registered' | 'fixed_term_expert';
  hiringRoute: 'mid_career' | 'graduate' | 'fixed_term' | 'transfer';
  hiringFiscalYear: number;
  employer: string;
  assignments: DemoAssignment[];
};

const pref = (
  no: number,
  route: DemoPerson['hiringRoute'],
  fy: number,
  assignments: DemoAssignment[],
): DemoPerson => ({
  employeeNo: `P${String(no).padStart(4, '0')}`,
  category: route === 'fixed_term' ? 'fixed_term_expert' : 'pref_it',
  hiringRoute: route,
  hiringFiscalYear: fy,
  employer: '広島県',
  assignments,
});

const municipal = (no: number, employer: string, fy: number, assignments: DemoAssignment[]): DemoPerson => ({
  employeeNo: `M${String(no).padStart(4, '0')}`,
  category: 'municipal_registered',
  hiringRoute: no % 2 === 0 ? 'graduate' : 'mid_career',
  hiringFiscalYear: fy,
  employer,
  assignments,
});

/** Posts of the prefecture that only history uses (first-year placements, R3–R5). */
export const HISTORY_POST_KEYS = ['pref-h1', 'pref-h2', 'pref-h3', 'pref-h4'] as const;

export const DEMO_PEOPLE: DemoPerson[] = [
  // R3 社会人経験者 4名: two went to the R4 model placement (三原市 0.4 + 江田島市 0.6, 廿日市市).
  pref(1, 'mid_career', 2021, [
    { post: 'pref-h1', fte: 1, from: 2021, to: 2021 },
    { post: 'mihara', fte: 0.4, from: 2022, to: 2023 },
    { post: 'etajima', fte: 0.6, from: 2022, to: 2023 },
    { post: 'etajima', fte: 1, from: 2024 },
  ]),
  pref(2, 'mid_career', 2021, [
    { post: 'pref-h2', fte: 1, from: 2021, to: 2021 },
    { post: 'hatsukaichi', fte: 1, from: 2022 },
  ]),
  pref(3, 'mid_career', 2021, [
    { post: 'pref-h3', fte: 1, from: 2021, to: 2022 },
    { post: 'otake', fte: 1, from: 2023 },
  ]),
  pref(4, 'mid_career', 2021, [
    { post: 'pref-h4', fte: 1, from: 2021, to: 2022 },
    { post: 'kaita', fte: 1, from: 2023 },
  ]),
  // R4: 社会人 2名, 大学卒業程度 2名
  pref(5, 'mid_career', 2022, [
    { post: 'pref-h1', fte: 1, from: 2022, to: 2023 },
    { post: 'pref-7', fte: 1, from: 2024 },
  ]),
  pref(6, 'mid_career', 2022, [
    { post: 'pref-h2', fte: 1, from: 2022, to: 2023 },
    { post: 'pref-8', fte: 1, from: 2024 },
  ]),
  pref(7, 'graduate', 2022, [{ post: 'pref-1', fte: 1, from: 2022 }]),
  pref(8, 'graduate', 2022, [{ post: 'pref-2', fte: 1, from: 2022 }]),
  // R5: 社会人 2名, 大学卒業程度 3名, 任期付 4名 (即戦力として市町へ)
  pref(9, 'mid_career', 2023, [
    { post: 'pref-h3', fte: 1, from: 2023, to: 2023 },
    { post: 'pref-9', fte: 1, from: 2024 },
  ]),
  pref(10, 'mid_career', 2023, [{ post: 'pref-3', fte: 1, from: 2023 }]),
  pref(11, 'graduate', 2023, [{ post: 'pref-4', fte: 1, from: 2023 }]),
  pref(12, 'graduate', 2023, [{ post: 'pref-5', fte: 1, from: 2023 }]),
  pref(13, 'graduate', 2023, [{ post: 'pref-6', fte: 1, from: 2023 }]),
  pref(14, 'fixed_term', 2023, [{ post: 'osakikamijima', fte: 1, from: 2023 }]),
  pref(15, 'fixed_term', 2023, [{ post: 'akiota', fte: 1, from: 2023 }]),
  pref(16, 'fixed_term', 2023, [
    { post: 'pref-h4', fte: 1, from: 2023, to: 2023 },
    { post: 'mihara', fte: 1, from: 2024 },
  ]),
  pref(17, 'fixed_term', 2023, [
    { post: 'pref-7', fte: 1, from: 2023, to: 2023 },
    { post: 'kure', fte: 1, from: 2024 },
  ]),
  // R6: 社会人 4名, 大学卒業程度 3名 (公募 7名: 市町枠 3名 to the new R6 posts), 任期付 4名
  pref(18, 'mid_career', 2024, [{ post: 'kumano', fte: 1, from: 2024 }]),
  pref(19, 'mid_career', 2024, [{ post: 'saka', fte: 1, from: 2024, startDate: '2024-10-01' }]),
  pref(20, 'mid_career', 2024, [{ post: 'kitahiroshima', fte: 1, from: 2024 }]),
  pref(21, 'mid_career', 2024, [{ post: 'pref-10', fte: 1, from: 2024 }]),
  pref(22, 'graduate', 2024, [{ post: 'pref-11', fte: 1, from: 2024 }]),
  pref(23, 'graduate', 2024, [{ post: 'pref-12', fte: 1, from: 2024 }]),
  pref(24, 'graduate', 2024, [{ post: 'pref-13', fte: 1, from: 2024 }]),
  pref(25, 'fixed_term', 2024, [{ post: 'takehara', fte: 1, from: 2024 }]),
  pref(26, 'fixed_term', 2024, [{ post: 'fuchu-shi', fte: 1, from: 2024 }]),
  pref(27, 'fixed_term', 2024, [{ post: 'shobara', fte: 1, from: 2024 }]),
  pref(28, 'fixed_term', 2024, [{ post: 'fuchu-cho', fte: 1, from: 2024 }]),
  // 県情報職「等」: staff of another job class appointed to 情報職 when it began (R3) — not hired
  pref(29, 'transfer', 2021, [{ post: 'pref-14', fte: 1, from: 2021 }]),
  pref(30, 'transfer', 2021, [{ post: 'pref-15', fte: 1, from: 2021 }]),
  // 市町職員の共通人材登録 8名 (三原市・江田島市・廿日市市); two of them serve at the prefecture from R6.
  municipal(1, '三原市', 2016, [{ post: 'own-0-1', fte: 1, from: 2024 }]),
  municipal(2, '三原市', 2019, [{ post: 'own-0-2', fte: 1, from: 2024 }]),
  municipal(3, '三原市', 2014, [{ post: 'pref-16', fte: 1, from: 2024 }]),
  municipal(4, '江田島市', 2015, [{ post: 'own-1-1', fte: 1, from: 2024 }]),
  municipal(5, '江田島市', 2020, [{ post: 'own-1-2', fte: 1, from: 2024 }]),
  municipal(6, '廿日市市', 2013, [{ post: 'own-2-1', fte: 1, from: 2024 }]),
  municipal(7, '廿日市市', 2018, [{ post: 'own-2-2', fte: 1, from: 2024 }]),
  municipal(8, '廿日市市', 2017, [{ post: 'pref-17', fte: 1, from: 2024 }]),
];

const SURNAMES = [
  ['見本', 'みほん'],
  ['架空', 'かくう'],
  ['試作', 'しさく'],
  ['模擬', 'もぎ'],
  ['仮野', 'かりの'],
  ['例田', 'れいだ'],
  ['想定', 'そうてい'],
  ['試験', 'しけん'],
  ['虚山', 'うろやま'],
  ['夢野', 'ゆめの'],
] as const;
const GIVEN = [
  ['一郎', 'いちろう'],
  ['花子', 'はなこ'],
  ['次郎', 'じろう'],
  ['桜', 'さくら'],
  ['海斗', 'かいと'],
  ['陽菜', 'ひな'],
  ['蓮', 'れん'],
  ['美咲', 'みさき'],
  ['大和', 'やまと'],
  ['葵', 'あおい'],
  ['湊', 'みなと'],
  ['結衣', 'ゆい'],
] as const;

/** Deterministic invented details for the i-th person. */
export function inventDetails(i: number) {
  const random = seededRandom(1000 + i);
  const [surname, surnameKana] = SURNAMES[i % SURNAMES.length]!;
  const [given, givenKana] = GIVEN[(i * 7) % GIVEN.length]!;
  const primary = pick(random, JOB_TYPES).code;
  let secondary: string | null = pick(random, JOB_TYPES).code;
  if (secondary === primary || random() < 0.25) secondary = null;
  return { name: `${surname} ${given}`, kana: `${surnameKana} ${givenKana}`, primary, secondary, random };
}

/**
 * The programme's placement rules as data (by 年度 and body), what each one means for a (person,
 * post) pair, and their Japanese names — shared by the matching feature, the rules page and the
 * explanations. Each rule is either hard (the pair is not allowed) or a penalty (points added).
 *
 * Pure module: no imports outside src/domain, no npm dependencies.
 */
import { fiscalYearOf, formatFiscalYear, type IsoDate } from './fiscal-year.ts';

/** Person categories as the programme names them in its rules (p.12, p.20, p.21). */
export const RULE_CATEGORIES = {
  pref_it: '県情報職等',
  fixed_term_expert: '任期付',
  municipal_registered: '市町職員',
} as const;
export type RuleCategory = keyof typeof RULE_CATEGORIES;

/** Kinds of body a move goes to. */
export const TARGET_KINDS = { prefecture: '県', municipality: '市町' } as const;
export type TargetKind = keyof typeof TARGET_KINDS;

export const ENFORCEMENTS = {
  hard: '必ず守る（違反する組合せは選ばない）',
  penalty: '減点（違反するたびに点数を加える）',
} as const;
export type Enforcement = keyof typeof ENFORCEMENTS;

type Common = {
  /** Stable id, named in explanations. */
  id: string;
  enforcement: Enforcement;
  /** Points added per violation when `enforcement` is `penalty`. */
  penalty: number;
  note: string;
};
/** In force from … to (inclusive; null = open). */
type Period = { fromFiscalYear: number | null; toFiscalYear: number | null };

/** People of a category may be placed in a body of the target kind other than their employer only from a 年度. */
export type CrossBodyMoveRule = Common & {
  kind: 'crossBodyMove';
  category: RuleCategory;
  targetKind: TargetKind;
  allowedFromFiscalYear: number;
  /** Only people employed by this body (null: everyone of the category). */
  employerOrgCode: string | null;
};
/** The people serving in a body stay in their posts through a 年度 (p.18: 江田島市 through R8). */
export type StayUntilRule = Common & { kind: 'stayUntil'; orgCode: string; throughFiscalYear: number };
/** No move out of a post before `years` in it (min), no staying at `years` or more (max). */
export type TenureRule = Common &
  Period & { kind: 'minTenure' | 'maxTenure'; years: number; orgCode: string | null };
/** No return to a body served in within the last `years` 年度 (other than the current one). */
export type NoReturnRule = Common & Period & { kind: 'noReturn'; years: number };
/** 任期付 people are not placed in a 年度 after their contract (`termYears` from the hire date) ends. */
export type FixedTermContractRule = Common & { kind: 'fixedTermContract'; termYears: number };
/** At least / at most N people in a body: a minimum makes N of its slots 必須, a maximum caps its slots. */
export type BodyHeadcountRule = Common &
  Period & { kind: 'bodyHeadcount'; orgCode: string; min: number | null; max: number | null };

export type MatchingRule =
  | CrossBodyMoveRule
  | StayUntilRule
  | TenureRule
  | NoReturnRule
  | FixedTermContractRule
  | BodyHeadcountRule;
export type RuleKind = MatchingRule['kind'];

/** What each kind of rule is called on the rules page. */
export const RULE_KIND_LABELS: Record<RuleKind, string> = {
  crossBodyMove: '他団体への配属の開始年度（区分ごと）',
  stayUntil: '団体の人材の留任',
  minTenure: '最短在任年数',
  maxTenure: '最長在任年数',
  noReturn: '元の団体へ戻らない期間',
  fixedTermContract: '任期付の任期',
  bodyHeadcount: '団体あたりの人数（最少・最多）',
};

/** What a rule says, in one Japanese line (used as its name in explanations). */
export function describeRule(rule: MatchingRule, orgName: (code: string) => string): string {
  const period = periodText(rule);
  switch (rule.kind) {
    case 'crossBodyMove': {
      const who = `${RULE_CATEGORIES[rule.category]}${rule.employerOrgCode ? `（${orgName(rule.employerOrgCode)}）` : ''}`;
      const where =
        rule.targetKind === 'prefecture'
          ? '県'
          : rule.category === 'municipal_registered'
            ? '他の市町'
            : '市町';
      return `${who}の${where}への配属は${formatFiscalYear(rule.allowedFromFiscalYear)}から`;
    }
    case 'stayUntil':
      return `${orgName(rule.orgCode)}の人材は${formatFiscalYear(rule.throughFiscalYear)}まで現ポストに留任`;
    case 'minTenure':
      return `${scope(rule.orgCode, orgName)}在任${rule.years}年未満で異動しない${period}`;
    case 'maxTenure':
      return `${scope(rule.orgCode, orgName)}在任${rule.years}年以上は同じポストに留任しない${period}`;
    case 'noReturn':
      return `直近${rule.years}年度以内に勤務した団体へ戻らない${period}`;
    case 'fixedTermContract':
      return `任期付は任期（採用から${rule.termYears}年）が終わった後の年度に配置しない`;
    case 'bodyHeadcount': {
      const min = rule.min === null ? '' : `${rule.min}人以上`;
      const max = rule.max === null ? '' : `${rule.max}人以下`;
      return `${orgName(rule.orgCode)}の配置は${min}${max}${period}`;
    }
  }
}

function scope(orgCode: string | null, orgName: (code: string) => string): string {
  return orgCode ? `${orgName(orgCode)}のポストでは` : '';
}

function periodText(rule: MatchingRule): string {
  if (!('fromFiscalYear' in rule)) return '';
  const { fromFiscalYear: from, toFiscalYear: to } = rule;
  if (from === null && to === null) return '';
  return `（${from === null ? '' : formatFiscalYear(from)}〜${to === null ? '' : formatFiscalYear(to)}）`;
}

/** Whether a rule is in force when planning `fiscalYear`. */
export function ruleApplies(rule: MatchingRule, fiscalYear: number): boolean {
  switch (rule.kind) {
    case 'crossBodyMove':
      return fiscalYear < rule.allowedFromFiscalYear;
    case 'stayUntil':
      return fiscalYear <= rule.throughFiscalYear;
    case 'fixedTermContract':
      return true;
    default:
      return (
        (rule.fromFiscalYear === null || fiscalYear >= rule.fromFiscalYear) &&
        (rule.toFiscalYear === null || fiscalYear <= rule.toFiscalYear)
      );
  }
}

/** What the rules need to know about a person, as of the 年度 being planned. */
export type PersonFacts = {
  category: RuleCategory;
  employerOrgCode: string;
  hiredOn: IsoDate;
  /** The post held in the previous 年度 (actual, or planned by an accepted plan), if any. */
  current: { postId: string; orgCode: string; tenureYears: number } | null;
  /** Bodies served in, with the last 年度 served there. */
  served: { orgCode: string; lastFiscalYear: number }[];
};

/** What the rules need to know about a post. */
export type PostFacts = { postId: string; orgCode: string; isPrefecture: boolean };

/** The last 年度 of a 任期付 contract of `termYears` from `hiredOn` (the day before the anniversary). */
export function contractLastFiscalYear(hiredOn: IsoDate, termYears: number): number {
  const [y, m, d] = hiredOn.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y + termYears, m - 1, d - 1));
  return fiscalYearOf(end.toISOString().slice(0, 10));
}

/**
 * The rules in force that placing `person` in `post` in `fiscalYear` breaks — only the rules about a
 * pair (the stay and headcount rules act on bodies, see the matching feature). Minimum tenure is
 * broken by any post but the current one; maximum tenure by staying in it.
 */
export function pairViolations(
  rules: readonly MatchingRule[],
  fiscalYear: number,
  person: PersonFacts,
  post: PostFacts,
): MatchingRule[] {
  const staying = person.current?.postId === post.postId;
  return rules.filter((rule) => {
    if (!ruleApplies(rule, fiscalYear)) return false;
    switch (rule.kind) {
      case 'crossBodyMove':
        return (
          person.category === rule.category &&
          (rule.employerOrgCode === null || rule.employerOrgCode === person.employerOrgCode) &&
          post.orgCode !== person.employerOrgCode &&
          post.isPrefecture === (rule.targetKind === 'prefecture')
        );
      case 'minTenure':
        return (
          person.current !== null &&
          !staying &&
          (rule.orgCode === null || rule.orgCode === person.current.orgCode) &&
          person.current.tenureYears < rule.years
        );
      case 'maxTenure':
        return (
          person.current !== null &&
          staying &&
          (rule.orgCode === null || rule.orgCode === post.orgCode) &&
          person.current.tenureYears >= rule.years
        );
      case 'noReturn':
        return (
          person.current?.orgCode !== post.orgCode &&
          person.served.some((s) => s.orgCode === post.orgCode && s.lastFiscalYear >= fiscalYear - rule.years)
        );
      case 'fixedTermContract':
        return (
          person.category === 'fixed_term_expert' &&
          fiscalYear > contractLastFiscalYear(person.hiredOn, rule.termYears)
        );
      default:
        return false;
    }
  });
}

/**
 * The deck's rules, the defaults until a talent officer saves others (p.18, p.20, and the cost
 * model's former rules): 市町職員 to the prefecture from R6 and to other 市町 from R8; 県情報職等 to
 * 市町 from R4 (the model placement) and 任期付 from R5; 江田島市's people stay through R8 (rotation
 * from R9); no return within 3 年度; tenure 2–5 years as penalties; 任期付 not beyond a 5-year term
 * (the statutory maximum). `etajimaCode` is 江田島市's 団体コード.
 */
export function deckRules(etajimaCode: string): MatchingRule[] {
  const base = { enforcement: 'hard' as const, penalty: 100, note: '' };
  return [
    {
      ...base,
      id: 'municipal-to-municipal',
      kind: 'crossBodyMove',
      category: 'municipal_registered',
      targetKind: 'municipality',
      allowedFromFiscalYear: 2026,
      employerOrgCode: null,
      note: '資料 p.20: R8年度 共通人材（市町）の他市町への配属を開始',
    },
    {
      ...base,
      id: 'municipal-to-prefecture',
      kind: 'crossBodyMove',
      category: 'municipal_registered',
      targetKind: 'prefecture',
      allowedFromFiscalYear: 2024,
      employerOrgCode: null,
      note: '資料 p.20: R6年度 共通人材（三原市、廿日市市）の県への配属開始',
    },
    {
      ...base,
      id: 'prefecture-to-municipal',
      kind: 'crossBodyMove',
      category: 'pref_it',
      targetKind: 'municipality',
      allowedFromFiscalYear: 2022,
      employerOrgCode: null,
      note: '資料 p.5: R4年度 県採用の情報システム人材を市へモデル的に配属',
    },
    {
      ...base,
      id: 'fixed-term-to-municipal',
      kind: 'crossBodyMove',
      category: 'fixed_term_expert',
      targetKind: 'municipality',
      allowedFromFiscalYear: 2023,
      employerOrgCode: null,
      note: '資料 p.21: R5採用から市町配属職員を任期付採用',
    },
    {
      ...base,
      id: 'etajima-stay',
      kind: 'stayUntil',
      orgCode: etajimaCode,
      throughFiscalYear: 2026,
      note: '資料 p.18: 体制整備中（R5〜R8）、R9以降にローテーション',
    },
    {
      ...base,
      id: 'no-return',
      kind: 'noReturn',
      years: 3,
      fromFiscalYear: null,
      toFiscalYear: null,
    },
    {
      ...base,
      id: 'min-tenure',
      kind: 'minTenure',
      enforcement: 'penalty',
      penalty: 50,
      years: 2,
      orgCode: null,
      fromFiscalYear: null,
      toFiscalYear: null,
    },
    {
      ...base,
      id: 'max-tenure',
      kind: 'maxTenure',
      enforcement: 'penalty',
      penalty: 50,
      years: 5,
      orgCode: null,
      fromFiscalYear: null,
      toFiscalYear: null,
    },
    {
      ...base,
      id: 'fixed-term-contract',
      kind: 'fixedTermContract',
      termYears: 5,
      note: '任期付職員法の上限（5年）',
    },
  ];
}

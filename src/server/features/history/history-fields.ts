import { certificationOf } from '../../../domain/certifications.ts';
import { COMMITMENT_STATUS_LABELS, MEETING_KIND_LABELS } from '../../../domain/community.ts';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { jobTypeOf } from '../../../domain/job-types.ts';
import { formatWareki } from '../../../domain/wareki.ts';
import { CATEGORY_LABELS, HIRING_ROUTE_LABELS, STATUS_LABELS } from '../talent/talent.labels.ts';

/** How a recorded value is written for people: each kind knows its own words. */
export type FieldFormat =
  | 'text'
  | 'number'
  | 'yen'
  | 'date'
  | 'fiscalYear'
  | 'boolean'
  | 'list'
  | 'org'
  | 'orgList'
  | 'jobType'
  | 'certifications'
  | { labels: Readonly<Record<string, string>> };

/**
 * A field of a record's history: its key in the audit snapshots, its Japanese name, how its values
 * are written, and — for records with personal data — the key of the record's presented form that
 * carries it: the field is shown only when the record's own presenter shows that key to the reader.
 */
export type HistoryField = { field: string; label: string; format?: FieldFormat; presentedAs?: string };

/** What a history reads: the audit entity, its fields, and which actions recorded snapshots of it. */
export type HistorySpec = {
  entityType: string;
  fields: readonly HistoryField[];
  /** Actions whose before/after are snapshots of the record (others are listed without a diff). */
  snapshotActions: RegExp;
  /** Japanese names of the actions. */
  actionLabels: Readonly<Record<string, string>>;
};

const org = (field: string, label: string, presentedAs?: string): HistoryField => ({
  field,
  label,
  format: 'org',
  presentedAs,
});

export const SYSTEM_HISTORY: HistorySpec = {
  entityType: 'system',
  snapshotActions: /^system\.(create|update|delete|import_update)$/,
  actionLabels: {
    'system.create': '登録',
    'system.update': '変更',
    'system.delete': '削除',
    'system.import_update': '取り込みで更新',
    'systems.import': '取り込みで登録',
  },
  fields: [
    org('orgCode', '団体'),
    { field: 'name', label: 'システム名' },
    { field: 'business', label: '業務' },
    { field: 'category', label: '業務分類' },
    { field: 'unit', label: '担当課' },
    { field: 'vendor', label: 'ベンダー' },
    { field: 'product', label: '製品名' },
    { field: 'hosting', label: '稼働環境' },
    { field: 'contractStart', label: '契約開始日', format: 'date' },
    { field: 'contractEnd', label: '契約終了日', format: 'date' },
    { field: 'yearlyCost', label: '年間経費', format: 'yen' },
    { field: 'users', label: '利用者数', format: 'number' },
    { field: 'personalData', label: '個人情報', format: 'boolean' },
    { field: 'status', label: '状態' },
    { field: 'migrationStep', label: '標準化・移行状況' },
    { field: 'migrationTargetDate', label: '移行目標日', format: 'date' },
    { field: 'note', label: '備考' },
  ],
};

export const PRACTICE_HISTORY: HistorySpec = {
  entityType: 'practice',
  snapshotActions: /^practice\.(create|update|delete|import_update)$/,
  actionLabels: {
    'practice.create': '登録',
    'practice.update': '変更',
    'practice.delete': '削除',
    'practice.import_update': '取り込みで更新',
    'practices.import': '取り込みで登録',
    'practice.comment': 'コメントの追加',
    'practice.attachment.add': '添付ファイルの追加',
    'practice.attachment.delete': '添付ファイルの削除',
    'practice.adopt': '導入の登録',
    'practice.unadopt': '導入の取り消し',
  },
  fields: [
    org('orgCode', '団体'),
    { field: 'title', label: '件名' },
    { field: 'category', label: '区分' },
    { field: 'fiscalYear', label: '年度', format: 'fiscalYear' },
    { field: 'themes', label: 'テーマ', format: 'list' },
    { field: 'funding', label: '財源' },
    { field: 'status', label: '状況' },
    { field: 'summary', label: '概要' },
    { field: 'outcome', label: '成果' },
    { field: 'contact', label: '問い合わせ先' },
  ],
};

export const POST_HISTORY: HistorySpec = {
  entityType: 'post',
  snapshotActions: /^post\.(create|update|delete)$/,
  actionLabels: { 'post.create': '登録', 'post.update': '変更', 'post.delete': '削除' },
  fields: [
    org('orgCode', '団体'),
    { field: 'unit', label: '所属' },
    { field: 'title', label: '職' },
    { field: 'duties', label: '主要業務' },
    { field: 'wantedJobType', label: '求めるジョブタイプ', format: 'jobType' },
    { field: 'wantedLevel', label: '求めるレベル', format: 'number' },
    { field: 'fte', label: '人工（FTE）', format: 'number' },
    { field: 'fromFiscalYear', label: '開始年度', format: 'fiscalYear' },
    { field: 'toFiscalYear', label: '終了年度', format: 'fiscalYear' },
    { field: 'budgetSecured', label: '予算確保', format: 'boolean' },
    { field: 'budgetYen', label: '予算額', format: 'yen' },
    { field: 'note', label: '備考' },
  ],
};

export const MEETING_HISTORY: HistorySpec = {
  entityType: 'meeting',
  snapshotActions: /^meeting\.(create|update|delete)$/,
  actionLabels: {
    'meeting.create': '登録',
    'meeting.update': '変更',
    'meeting.delete': '削除',
    'meeting_material.add': '資料の追加',
  },
  fields: [
    { field: 'kind', label: '種類', format: { labels: MEETING_KIND_LABELS } },
    { field: 'title', label: '会議名' },
    { field: 'theme', label: 'テーマ' },
    { field: 'heldOn', label: '開催日', format: 'date' },
    { field: 'location', label: '場所' },
    { field: 'agenda', label: '議題', format: 'list' },
    { field: 'minutes', label: '議事録' },
    { field: 'attendees', label: '出席', format: 'list' },
  ],
};

export const COMMITMENT_HISTORY: HistorySpec = {
  entityType: 'commitment',
  snapshotActions: /^commitment\./,
  actionLabels: {
    'commitment.create': '登録',
    'commitment.update': '変更',
    'commitment.done': '完了',
    'commitment.cancelled': '取りやめ',
    'commitment.reopen': '再開',
  },
  fields: [
    { field: 'title', label: '件名' },
    { field: 'detail', label: '内容' },
    org('ownerOrgCode', '担当団体'),
    { field: 'dueOn', label: '期限', format: 'date' },
    { field: 'status', label: '状況', format: { labels: COMMITMENT_STATUS_LABELS } },
    { field: 'closedOn', label: '完了日', format: 'date' },
    { field: 'resolution', label: '対応結果' },
  ],
};

/**
 * A person's history. `presentedAs` is the key of presentPerson's answer that carries the field: the
 * personal ones (home body, career goal, desired work locations) are shown only to readers the
 * presenter shows them to. Internal fields (the account's user id) are never shown.
 */
export const PERSON_HISTORY: HistorySpec = {
  entityType: 'person',
  snapshotActions: /^person\.(create|update|status|import)$/,
  actionLabels: {
    'person.create': '登録',
    'person.update': '変更',
    'person.status': '在籍状況の変更',
    'person.import': '取り込みで登録・更新',
  },
  fields: [
    { field: 'employeeNo', label: '職員番号', presentedAs: 'employeeNo' },
    { field: 'name', label: '氏名', presentedAs: 'name' },
    { field: 'kana', label: 'ふりがな', presentedAs: 'kana' },
    org('employerOrgCode', '所属団体', 'employer'),
    { field: 'category', label: '区分', format: { labels: CATEGORY_LABELS }, presentedAs: 'category' },
    {
      field: 'hiringRoute',
      label: '採用区分',
      format: { labels: HIRING_ROUTE_LABELS },
      presentedAs: 'hiringRoute',
    },
    { field: 'hiringFiscalYear', label: '採用年度', format: 'fiscalYear', presentedAs: 'hiringFiscalYear' },
    { field: 'hiredOn', label: '採用日', format: 'date', presentedAs: 'hiredOn' },
    { field: 'grade', label: '職層', presentedAs: 'grade' },
    {
      field: 'primaryJobType',
      label: '主たるジョブタイプ',
      format: 'jobType',
      presentedAs: 'primaryJobType',
    },
    {
      field: 'secondaryJobType',
      label: '副のジョブタイプ',
      format: 'jobType',
      presentedAs: 'secondaryJobType',
    },
    {
      field: 'certifications',
      label: '資格（IPA試験）',
      format: 'certifications',
      presentedAs: 'certifications',
    },
    { field: 'status', label: '在籍状況', format: { labels: STATUS_LABELS }, presentedAs: 'status' },
    org('homeOrgCode', '居住地（団体）', 'homeOrg'),
    { field: 'careerGoal', label: 'キャリアの目標', presentedAs: 'careerGoal' },
    {
      field: 'locationPreferences',
      label: '勤務希望地（順位順）',
      format: 'orgList',
      presentedAs: 'locationPreferences',
    },
  ],
};

const EMPTY = '（なし）';

/** A recorded value in words (和暦 dates, yen, body names, labels); empty values as （なし）. */
export function formatHistoryValue(
  value: unknown,
  format: FieldFormat = 'text',
  orgNames: ReadonlyMap<string, string> = new Map(),
): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (Array.isArray(value) && value.length === 0) return EMPTY;
  const orgName = (code: unknown) => orgNames.get(String(code)) ?? String(code);
  if (typeof format === 'object') return format.labels[String(value)] ?? String(value);
  switch (format) {
    case 'yen':
      return typeof value === 'number' ? `${value.toLocaleString('ja-JP')}円` : String(value);
    case 'number':
      return typeof value === 'number' ? value.toLocaleString('ja-JP') : String(value);
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)
        ? formatWareki(value.slice(0, 10))
        : String(value);
    case 'fiscalYear':
      return typeof value === 'number' && Number.isInteger(value) ? formatFiscalYear(value) : String(value);
    case 'boolean':
      return value === true ? 'はい' : value === false ? 'いいえ' : String(value);
    case 'org':
      return orgName(value);
    case 'orgList':
      return Array.isArray(value) ? value.map(orgName).join('、') : orgName(value);
    case 'jobType':
      return jobTypeOf(String(value))?.name ?? String(value);
    case 'certifications':
      return Array.isArray(value)
        ? value
            .map((c: { code?: unknown; passedOn?: unknown }) => {
              const name = certificationOf(String(c.code))?.name ?? String(c.code);
              return typeof c.passedOn === 'string' ? `${name}（${formatWareki(c.passedOn)}）` : name;
            })
            .join('、')
        : String(value);
    case 'list':
      return Array.isArray(value) ? value.map(String).join('、') : String(value);
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

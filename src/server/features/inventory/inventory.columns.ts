import { resolveBusiness } from '../../../domain/standard-businesses.ts';
import type { ColumnSpec } from '../../platform/tabular/validate-rows.ts';
import type { OutputColumn } from '../../platform/tabular/write-table.ts';

function key(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s()（）・]/gu, '');
}

function resolver(words: Record<string, string>): (text: string) => string | undefined {
  const map = new Map(Object.entries(words).map(([w, v]) => [key(w), v]));
  return (text) => map.get(key(text));
}

/** How spreadsheets name where a system runs. */
export const resolveHosting = resolver({
  オンプレミス: 'オンプレミス',
  オンプレ: 'オンプレミス',
  庁内設置: 'オンプレミス',
  自庁設置: 'オンプレミス',
  クラウド: 'クラウド',
  SaaS: 'クラウド',
  IaaS: 'クラウド',
  民間クラウド: 'クラウド',
  クラウドSaaS: 'クラウド',
  ガバメントクラウド: 'ガバメントクラウド',
  ガバクラ: 'ガバメントクラウド',
  GC: 'ガバメントクラウド',
  'LGWAN-ASP': 'LGWAN-ASP',
  LGWANASP: 'LGWAN-ASP',
  LGWAN: 'LGWAN-ASP',
});

const resolveStatus = resolver({
  稼働中: '稼働中',
  稼動中: '稼働中',
  運用中: '稼働中',
  導入予定: '導入予定',
  導入中: '導入予定',
  更新予定: '更新予定',
  更改予定: '更新予定',
  廃止予定: '廃止予定',
  廃止: '廃止',
  廃止済: '廃止',
});

const resolveStep = resolver({
  未着手: '未着手',
  計画策定: '計画策定',
  計画中: '計画策定',
  事業者選定: '事業者選定',
  選定中: '事業者選定',
  移行作業中: '移行作業中',
  作業中: '移行作業中',
  移行中: '移行作業中',
  移行完了: '移行完了',
  完了: '移行完了',
  移行済: '移行完了',
  移行済み: '移行完了',
});

/**
 * Columns of the 台帳 in files: the Japanese header written by exports (and its usual variants) for
 * each field of the API. Import and export use the same list, so an export re-imports as is.
 */
export const SYSTEM_COLUMNS: readonly ColumnSpec[] = [
  { field: 'orgCode', label: '団体コード', aliases: ['団体CD', '自治体コード', '市町コード', 'org_code'] },
  { field: 'name', label: 'システム名', aliases: ['システム名称', '名称', '情報システム名', 'システム'] },
  {
    field: 'business',
    label: '業務',
    aliases: ['標準化対象業務', '対象業務', '業務名', '業務区分'],
    resolve: (t) => resolveBusiness(t),
  },
  { field: 'category', label: '業務分類', aliases: ['分類', '業務の分類'] },
  { field: 'unit', label: '担当課', aliases: ['所管課', '所管部署', '担当部署', '担当部局', '所属'] },
  {
    field: 'vendor',
    label: 'ベンダー',
    aliases: ['ベンダ', '事業者', '事業者名', '契約相手方', '委託先', '保守業者'],
  },
  {
    field: 'product',
    label: '製品名',
    aliases: ['製品', 'パッケージ', 'パッケージ名', '製品・パッケージ名'],
  },
  {
    field: 'hosting',
    label: '稼働環境',
    aliases: ['設置形態', 'ホスティング', '運用形態', '環境', '稼動環境'],
    resolve: resolveHosting,
  },
  {
    field: 'contractStart',
    label: '契約開始日',
    aliases: ['契約開始', '契約期間開始', '契約期間（開始）'],
    type: 'date',
  },
  {
    field: 'contractEnd',
    label: '契約終了日',
    aliases: ['契約終了', '契約満了日', '契約期間終了', '契約期間（終了）'],
    type: 'date',
  },
  {
    field: 'yearlyCost',
    label: '年間経費（円）',
    aliases: ['年間経費', '年間費用', '年額', '運用経費', '年間保守料', '年間経費(円)'],
    type: 'integer',
  },
  { field: 'users', label: '利用者数', aliases: ['ユーザー数', '利用人数', '利用職員数'], type: 'integer' },
  {
    field: 'personalData',
    label: '個人情報',
    aliases: ['個人情報の有無', '個人情報保有', '個人情報有無'],
    type: 'boolean',
  },
  { field: 'status', label: '状態', aliases: ['稼働状況', 'ステータス', '稼動状況'], resolve: resolveStatus },
  {
    field: 'migrationStep',
    label: '標準化・移行状況',
    aliases: ['移行状況', '標準化状況', 'ガバクラ移行状況', '移行ステップ', '標準化移行状況'],
    resolve: resolveStep,
  },
  {
    field: 'migrationTargetDate',
    label: '移行目標日',
    aliases: ['移行予定日', '移行目標', '移行完了予定日'],
    type: 'date',
  },
  { field: 'note', label: '備考', aliases: ['メモ', '特記事項'] },
];

const TYPES: Record<string, OutputColumn['type']> = {
  contractStart: 'date',
  contractEnd: 'date',
  migrationTargetDate: 'date',
  yearlyCost: 'number',
  users: 'number',
};

/** Columns of the export: the import columns, the body's name after its code, and the ID first. */
export const SYSTEM_EXPORT_COLUMNS: readonly OutputColumn[] = [
  { key: 'id', header: 'ID', type: 'number' },
  ...SYSTEM_COLUMNS.flatMap((c): OutputColumn[] => {
    const column: OutputColumn = { key: c.field, header: c.label, type: TYPES[c.field] ?? 'text' };
    return c.field === 'orgCode' ? [column, { key: 'orgName', header: '団体名' }] : [column];
  }),
];

import { formatDateTime } from '../../../domain/japanese-date.ts';

/** Japanese names of the audited actions; unknown actions are shown as recorded. */
const ACTION_LABELS: Record<string, string> = {
  login: 'ログイン',
  logout: 'ログアウト',
  'user.create': '利用者の登録',
  'participation.add': '参画の登録',
  'participation.remove': '参画の取り消し',
};

/** The entity types the audit page can filter by, with their Japanese names. */
export const ENTITY_TYPE_LABELS: Readonly<Record<string, string>> = {
  user: '利用者',
  org: '団体',
};

/** The Japanese name of an audited action. */
export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

/** The Japanese name of an entity type. */
export function entityTypeLabel(entityType: string): string {
  return ENTITY_TYPE_LABELS[entityType] ?? entityType;
}

/** An instant in 和暦 and Japan time: `令和8年11月25日 11:49:10`. */
export function formatAuditTime(iso: string): string {
  return formatDateTime(iso, { seconds: true });
}

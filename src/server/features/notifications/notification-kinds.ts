import type { DELIVERY_VALUES, NOTIFICATION_KIND_VALUES } from '../../../db/schema/index.ts';

/** The Japanese name of each kind of notification. */
export const NOTIFICATION_KIND_LABELS: Record<(typeof NOTIFICATION_KIND_VALUES)[number], string> = {
  contract_expiry: '契約満了',
  commitment_due: 'コミットメント期限',
  meeting: '会議',
  import: '取り込み完了・失敗',
  placement: '配置案の採用',
};

/** The default for a kind a person has not chosen for. */
export const DEFAULT_DELIVERY: (typeof DELIVERY_VALUES)[number] = 'immediate';

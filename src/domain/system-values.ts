/**
 * The vocabulary of the 情報システム台帳 besides the businesses (see standard-businesses.ts): where a
 * system runs and where it stands in its life cycle. The database, the API's schemas and the web
 * forms all take these lists from here.
 *
 * Pure module: no imports outside src/domain, no npm dependencies.
 */

/** Where a system runs, in the order forms offer them. */
export const HOSTING_VALUES = ['オンプレミス', 'クラウド', 'ガバメントクラウド', 'LGWAN-ASP'] as const;

/** Where a system runs. */
export type Hosting = (typeof HOSTING_VALUES)[number];

/** The life-cycle status of a system, from in use to retired. */
export const SYSTEM_STATUS_VALUES = ['稼働中', '導入予定', '更新予定', '廃止予定', '廃止'] as const;

/** The life-cycle status of a system. */
export type SystemStatus = (typeof SYSTEM_STATUS_VALUES)[number];

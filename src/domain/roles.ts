/**
 * Roles of DXShip users and the kinds of 団体 (bodies) taking part.
 *
 * Pure module: no imports outside src/domain, no npm dependencies.
 */

/** Every role, from the widest authority to the narrowest. */
export const ROLES = [
  'admin',
  'talent_officer',
  'municipal_manager',
  'municipal_staff',
  'member',
  'viewer',
] as const;

/** A user's role. */
export type Role = (typeof ROLES)[number];

/** The Japanese label shown on screen for each role. */
export const ROLE_LABELS: Record<Role, string> = Object.freeze({
  admin: '県DX推進チーム（管理者）',
  talent_officer: '人材機構 人事担当',
  municipal_manager: '団体DX責任者',
  municipal_staff: '団体DX担当',
  member: '共通人材',
  viewer: '閲覧者（CDOフォーラム等）',
});

/**
 * Whether a role sees the data of every body rather than only its own: true for the prefecture's DX
 * team (`admin`) and the talent organisation's HR staff (`talent_officer`), who work across all 市町.
 * Every other role, `viewer` included, gets false; what those roles may see is decided by the caller.
 */
export function seesAllBodies(role: Role): boolean {
  return role === 'admin' || role === 'talent_officer';
}

/** Kinds of participating body: the prefecture (県), cities (市) and towns (町). */
export const BODY_TYPES = ['県', '市', '町'] as const;

/** The kind of a participating body. */
export type BodyType = (typeof BODY_TYPES)[number];

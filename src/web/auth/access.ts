import { ROLES, type Role } from '../../domain/roles.ts';

/** The areas of the web UI that exist today. */
export type Area =
  | 'home'
  | 'orgs'
  | 'placement'
  | 'matching'
  | 'people'
  | 'person'
  | 'me'
  | 'peopleImport'
  | 'skills'
  | 'skillSheet'
  | 'training'
  | 'users'
  | 'userAdmin'
  | 'account'
  | 'audit'
  | 'outbox'
  | 'dashboard'
  | 'meetings'
  | 'reports'
  | 'inventory'
  | 'imports'
  | 'records'
  | 'search'
  | 'synonyms'
  | 'procurement'
  | 'recruitment'
  | 'workforce'
  | 'literacy'
  | 'practices';

/**
 * Roles that register, correct and retire a body's shared records — 台帳 systems and DX施策 — as the
 * API's EDITORS of /api/systems and /api/practices: their own body's, admins every body's.
 */
const RECORD_EDITORS: readonly Role[] = ['admin', 'municipal_manager', 'municipal_staff'];

/**
 * Which roles may use each area. Mirrors the API's rules (GET /api/placement/summary: everyone;
 * /api/matching/*: admin, talent_officer; GET /api/people: every role but viewer, a member seeing only
 * themselves — so the roster is for the roles that see others, and a member gets マイページ instead;
 * GET /api/skills/pool-gaps: every role but member; GET /api/people/{id}/skill-sheets: admin,
 * talent_officer, municipal_manager, member; GET /api/people/{id}/training-plans: every role but viewer;
 * GET /api/users: admin, talent_officer, municipal_manager; POST/PATCH /api/users: admin; /api/auth/me,
 * password, sessions and mfa (マイアカウント): everyone; GET /api/audit: admin), so navigation never
 * offers a page the API refuses.
 */
export const AREA_ROLES: Readonly<Record<Area, readonly Role[]>> = Object.freeze({
  home: ROLES,
  orgs: ROLES,
  placement: ROLES,
  matching: ['admin', 'talent_officer'],
  people: ['admin', 'talent_officer', 'municipal_manager', 'municipal_staff'],
  person: ['admin', 'talent_officer', 'municipal_manager', 'municipal_staff', 'member'],
  me: ['member'],
  peopleImport: ['admin', 'talent_officer'],
  skills: ['admin', 'talent_officer', 'municipal_manager', 'municipal_staff', 'viewer'],
  skillSheet: ['admin', 'talent_officer', 'municipal_manager', 'member'],
  training: ['admin', 'talent_officer', 'municipal_manager', 'municipal_staff', 'member'],
  users: ['admin', 'talent_officer', 'municipal_manager'],
  userAdmin: ['admin'],
  account: ROLES,
  audit: ['admin'],
  outbox: ['admin'],
  dashboard: ROLES,
  meetings: ROLES,
  reports: ROLES,
  inventory: ROLES,
  imports: ['admin', 'municipal_manager', 'municipal_staff'],
  records: RECORD_EDITORS,
  search: ROLES,
  synonyms: ['admin'],
  procurement: ROLES,
  recruitment: ROLES,
  workforce: ['admin', 'talent_officer', 'municipal_manager', 'viewer'],
  literacy: ROLES,
  practices: ROLES,
});

/** Whether `role` may use `area`. */
export function canAccess(role: Role, area: Area): boolean {
  return AREA_ROLES[area].includes(role);
}

/**
 * Whether `user` may change a record (台帳 system, DX施策) owned by the body `orgCode`: an editing role,
 * and the user's own body unless they are an admin (the API's canAccessBody for these roles).
 */
export function mayEditRecordOf(user: { role: Role; body: { code: string } }, orgCode: string): boolean {
  return canAccess(user.role, 'records') && (user.role === 'admin' || user.body.code === orgCode);
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '../../src/db/schema/index.ts';
import { currentFiscalYear } from '../../src/domain/fiscal-year.ts';
import { ROLES, type Role } from '../../src/domain/roles.ts';
import { insertSkillsMatrixFixtures, SKILLS_MATRIX } from '../../src/server/features/skills/test-fixtures.ts';
import { addPost, assign, linkAccount } from '../../src/server/features/talent/test-fixtures.ts';
import { createUser } from '../../src/server/features/users/create-user.ts';
import { CLI_ACTOR } from '../../src/server/platform/actor.ts';
import { createTestApp, type Session, type TestApp } from '../support/test-app.ts';

/**
 * Authorisation, for every route and every role, derived from product.md:
 * `status` is what each role gets; anything not listed under `public` answers 401 without a session.
 * The route list is checked against the OpenAPI document, so a new route without an entry here fails.
 */
type Expectation = {
  method: string;
  path: string;
  /** The concrete request to make (path with parameters filled in, body). */
  url: string;
  body?: unknown;
  public?: boolean;
  status: Record<Role, number>;
};

const ALL_200 = Object.fromEntries(ROLES.map((r) => [r, 200])) as Record<Role, number>;
const only = (ok: number, roles: Role[]) =>
  Object.fromEntries(ROLES.map((r) => [r, roles.includes(r) ? ok : 403])) as Record<Role, number>;

// Issue 3 (people): a fixed id for the fixture person created in beforeAll.
const PEOPLE_FIXTURE = '00000000-0000-4000-8000-0000000000a3';
const PEOPLE_READERS: Role[] = ['admin', 'talent_officer', 'municipal_manager', 'municipal_staff', 'member'];
const PERSON_BODY = {
  name: '権限 確認',
  kana: 'けんげん かくにん',
  employerOrgCode: '340006',
  category: 'pref_it',
  hiringRoute: 'mid_career',
  hiringFiscalYear: 2024,
  hiredOn: '2024-04-01',
  grade: '係員',
  primaryJobType: 'business_designer',
} as const;
let personSerial = 0;

// Issue 5: who keeps a body's 情報システム台帳 and DX施策 (their own body; admins every body).
const INVENTORY_EDITORS: Role[] = ['admin', 'municipal_manager', 'municipal_staff'];

// Issue 15: an id no record has.
const UNKNOWN_UUID = '00000000-0000-4000-8000-0000000000f5';

// Issue 9: an account of 342157 (the matrix's body) and one of 342025, created in beforeAll.
const MATRIX_USER = { id: '', otherBodyId: '' };

let skillsSerial = 0;
let evidenceSerial = 0;

const MATRIX: Expectation[] = [
  { method: 'get', path: '/api/health', url: '/api/health', public: true, status: ALL_200 },
  { method: 'get', path: '/api/health/ready', url: '/api/health/ready', public: true, status: ALL_200 },
  // Issue 9: /auth/me answers everyone (200 { user: null } without a session).
  { method: 'get', path: '/api/auth/me', url: '/api/auth/me', public: true, status: ALL_200 },
  {
    method: 'patch',
    path: '/api/auth/me',
    url: '/api/auth/me',
    body: { email: 'matrix@example.jp' },
    status: ALL_200,
  },
  { method: 'get', path: '/api/auth/providers', url: '/api/auth/providers', public: true, status: ALL_200 },
  {
    // Not configured in the matrix's app: 404 for everyone (with OIDC: 302, see oidc.test.ts).
    method: 'get',
    path: '/api/auth/oidc/start',
    url: '/api/auth/oidc/start',
    public: true,
    status: Object.fromEntries(ROLES.map((r) => [r, 404])) as Record<Role, number>,
  },
  {
    method: 'get',
    path: '/api/auth/oidc/callback',
    url: '/api/auth/oidc/callback?code=x&state=y',
    public: true,
    status: Object.fromEntries(ROLES.map((r) => [r, 302])) as Record<Role, number>,
  },
  {
    method: 'post',
    path: '/api/auth/login/totp',
    url: '/api/auth/login/totp',
    body: { challengeToken: 'not-a-challenge', code: '123456' },
    public: true,
    status: Object.fromEntries(ROLES.map((r) => [r, 401])) as Record<Role, number>,
  },
  {
    method: 'post',
    path: '/api/auth/password-reset',
    url: '/api/auth/password-reset',
    body: { token: 'not-a-token', newPassword: 'a long enough passphrase' },
    public: true,
    status: Object.fromEntries(ROLES.map((r) => [r, 400])) as Record<Role, number>,
  },
  {
    // Every role may change its own password; the matrix sends a wrong current one (400 on the field).
    method: 'post',
    path: '/api/auth/password',
    url: '/api/auth/password',
    body: { currentPassword: 'not the password', newPassword: 'a long enough passphrase' },
    status: Object.fromEntries(ROLES.map((r) => [r, 400])) as Record<Role, number>,
  },
  { method: 'get', path: '/api/auth/sessions', url: '/api/auth/sessions', status: ALL_200 },
  {
    // Someone else's (or no) session: 404 for every role.
    method: 'delete',
    path: '/api/auth/sessions/{id}',
    url: '/api/auth/sessions/00000000-0000-4000-8000-000000000000',
    status: Object.fromEntries(ROLES.map((r) => [r, 404])) as Record<Role, number>,
  },
  { method: 'post', path: '/api/auth/mfa/totp/setup', url: '/api/auth/mfa/totp/setup', status: ALL_200 },
  {
    method: 'post',
    path: '/api/auth/mfa/totp/confirm',
    url: '/api/auth/mfa/totp/confirm',
    body: { code: '000000' },
    status: Object.fromEntries(ROLES.map((r) => [r, 400])) as Record<Role, number>,
  },
  {
    // Not enrolled: nothing to turn off.
    method: 'post',
    path: '/api/auth/mfa/totp/disable',
    url: '/api/auth/mfa/totp/disable',
    body: { currentPassword: 'whatever' },
    status: Object.fromEntries(ROLES.map((r) => [r, 409])) as Record<Role, number>,
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    url: '/api/auth/logout',
    status: Object.fromEntries(ROLES.map((r) => [r, 204])) as Record<Role, number>,
  },
  { method: 'get', path: '/api/orgs', url: '/api/orgs', status: ALL_200 },
  { method: 'get', path: '/api/orgs/{code}', url: '/api/orgs/342157', status: ALL_200 },
  {
    method: 'put',
    path: '/api/orgs/{code}/participation/{fiscalYear}',
    url: '/api/orgs/342033/participation/2025',
    status: only(200, ['admin']),
  },
  {
    method: 'delete',
    path: '/api/orgs/{code}/participation/{fiscalYear}',
    url: '/api/orgs/342033/participation/2025',
    status: only(200, ['admin']),
  },
  {
    method: 'get',
    path: '/api/users',
    url: '/api/users',
    status: only(200, ['admin', 'talent_officer', 'municipal_manager']),
  },
  {
    method: 'post',
    path: '/api/users',
    url: '/api/users',
    body: {
      login: 'placeholder',
      displayName: '新規 利用者',
      password: 'a-long-password',
      role: 'viewer',
      orgCode: '342033',
    },
    status: only(201, ['admin']),
  },
  // Issue 9: one account. Readers see it (a manager: their own body's, 342157); only admins change it.
  {
    method: 'get',
    path: '/api/users/{id}',
    get url() {
      return `/api/users/${MATRIX_USER.id}`;
    },
    status: only(200, ['admin', 'talent_officer', 'municipal_manager']),
  },
  {
    method: 'patch',
    path: '/api/users/{id}',
    get url() {
      return `/api/users/${MATRIX_USER.id}`;
    },
    body: { displayName: '権限 確認（変更）' },
    status: only(200, ['admin']),
  },
  {
    method: 'post',
    path: '/api/users/{id}/password-reset',
    get url() {
      return `/api/users/${MATRIX_USER.id}/password-reset`;
    },
    status: only(201, ['admin']),
  },
  {
    method: 'post',
    path: '/api/users/{id}/unlock',
    get url() {
      return `/api/users/${MATRIX_USER.id}/unlock`;
    },
    status: only(204, ['admin']),
  },
  {
    // Another body's account, for a manager of 342157: not even confirmed to exist.
    method: 'get',
    path: '/api/users/{id}',
    get url() {
      return `/api/users/${MATRIX_USER.otherBodyId}`;
    },
    status: { ...only(200, ['admin', 'talent_officer']), municipal_manager: 404 },
  },
  { method: 'get', path: '/api/audit', url: '/api/audit', status: only(200, ['admin']) },
  { method: 'post', path: '/api/admin/backup', url: '/api/admin/backup', status: only(200, ['admin']) },
  {
    method: 'post',
    path: '/api/matching/scenarios',
    url: '/api/matching/scenarios',
    body: { fiscalYear: 2025, name: '権限テスト' },
    status: only(201, ['admin', 'talent_officer']),
  },
  {
    method: 'get',
    path: '/api/matching/scenarios',
    url: '/api/matching/scenarios?fiscalYear=2025',
    status: only(200, ['admin', 'talent_officer']),
  },
  {
    method: 'post',
    path: '/api/matching/runs',
    url: '/api/matching/runs',
    body: { scenarioId: '00000000-0000-4000-8000-000000000000' },
    status: only(404, ['admin', 'talent_officer']),
  },
  {
    method: 'get',
    path: '/api/matching/runs/{id}',
    url: '/api/matching/runs/00000000-0000-4000-8000-000000000000',
    status: only(404, ['admin', 'talent_officer']),
  },
  {
    method: 'post',
    path: '/api/matching/runs/{id}/cancel',
    url: '/api/matching/runs/00000000-0000-4000-8000-000000000000/cancel',
    status: only(404, ['admin', 'talent_officer']),
  },
  {
    method: 'get',
    path: '/api/matching/rules',
    url: '/api/matching/rules',
    status: only(200, ['admin', 'talent_officer']),
  },
  {
    method: 'put',
    path: '/api/matching/rules',
    url: '/api/matching/rules',
    body: { rules: [{ id: 'no-return', kind: 'noReturn', enforcement: 'hard', years: 3 }] },
    status: only(200, ['admin', 'talent_officer']),
  },
  {
    method: 'post',
    path: '/api/matching/runs/{id}/accept',
    url: '/api/matching/runs/00000000-0000-4000-8000-000000000000/accept',
    status: only(404, ['admin', 'talent_officer']),
  },
  { method: 'get', path: '/api/posts', url: '/api/posts?fiscalYear=2024', status: ALL_200 },
  {
    method: 'post',
    path: '/api/posts',
    url: '/api/posts',
    body: { orgCode: '342157', unit: 'デジタル推進室', title: '権限テスト', fromFiscalYear: 2025 },
    status: { ...only(201, ['admin', 'talent_officer', 'municipal_manager']) },
  },
  {
    method: 'put',
    path: '/api/posts/{id}',
    url: '/api/posts/00000000-0000-4000-8000-000000000000',
    body: { orgCode: '342157', unit: 'デジタル推進室', title: '権限テスト', fromFiscalYear: 2025 },
    status: only(404, ['admin', 'talent_officer', 'municipal_manager']),
  },
  {
    method: 'get',
    path: '/api/assignments',
    url: '/api/assignments?fiscalYear=2024',
    status: { ...only(200, ['admin', 'talent_officer', 'municipal_manager', 'municipal_staff', 'member']) },
  },
  {
    method: 'get',
    path: '/api/placement/summary',
    url: '/api/placement/summary?fiscalYear=2024',
    status: ALL_200,
  },
  // — issue 6: recruitment, workforce, community, literacy, dashboard, reports —
  { method: 'get', path: '/api/recruitment/exams', url: '/api/recruitment/exams', status: ALL_200 },
  { method: 'get', path: '/api/recruitment/ratios', url: '/api/recruitment/ratios', status: ALL_200 },
  { method: 'get', path: '/api/recruitment/funnel', url: '/api/recruitment/funnel', status: ALL_200 },
  {
    // admin records the exam (201); talent_officer may too, and is told it exists (409).
    method: 'post',
    path: '/api/recruitment/exams',
    url: '/api/recruitment/exams',
    body: {
      fiscalYear: 2030,
      route: 'graduate',
      applicants: null,
      finalPassers: null,
      hires: null,
      plannedHires: 3,
    },
    status: { ...only(201, ['admin']), talent_officer: 409 },
  },
  {
    method: 'patch',
    path: '/api/recruitment/exams/{id}',
    url: '/api/recruitment/exams/00000000-0000-4000-8000-000000000000',
    body: { plannedHires: 4 },
    status: only(404, ['admin', 'talent_officer']),
  },
  { method: 'get', path: '/api/meetings', url: '/api/meetings?kind=cdo_forum', status: ALL_200 },
  {
    method: 'get',
    path: '/api/meetings/{id}',
    url: '/api/meetings/00000000-0000-4000-8000-000000000000',
    status: Object.fromEntries(ROLES.map((r) => [r, 404])) as Record<Role, number>,
  },
  {
    method: 'post',
    path: '/api/meetings',
    url: '/api/meetings',
    body: { kind: 'acceleration_cycle', title: '権限テスト', heldOn: '2024-09-11' },
    status: only(201, ['admin', 'talent_officer']),
  },
  {
    method: 'patch',
    path: '/api/meetings/{id}',
    url: '/api/meetings/00000000-0000-4000-8000-000000000000',
    body: { minutes: '権限テスト' },
    status: only(404, ['admin', 'talent_officer']),
  },
  {
    method: 'post',
    path: '/api/meetings/{id}/commitments',
    url: '/api/meetings/00000000-0000-4000-8000-000000000000/commitments',
    body: { title: '権限テスト', ownerOrgCode: '340006', dueOn: '2099-03-31' },
    status: only(404, ['admin', 'talent_officer']),
  },
  {
    // The role is checked before the body: officers get 415 for this JSON body (a file is multipart).
    method: 'post',
    path: '/api/meetings/{id}/materials',
    url: '/api/meetings/00000000-0000-4000-8000-000000000000/materials',
    body: {},
    status: only(415, ['admin', 'talent_officer']),
  },
  {
    method: 'get',
    path: '/api/meetings/{id}/materials/{materialId}',
    url: '/api/meetings/00000000-0000-4000-8000-000000000000/materials/00000000-0000-4000-8000-000000000000',
    status: Object.fromEntries(ROLES.map((r) => [r, 404])) as Record<Role, number>,
  },
  { method: 'get', path: '/api/commitments', url: '/api/commitments?status=open', status: ALL_200 },
  {
    method: 'patch',
    path: '/api/commitments/{id}',
    url: '/api/commitments/00000000-0000-4000-8000-000000000000',
    body: { status: 'done' },
    status: only(404, ['admin', 'talent_officer', 'municipal_manager']),
  },
  {
    method: 'get',
    path: '/api/community/forum-members',
    url: '/api/community/forum-members',
    status: ALL_200,
  },
  { method: 'get', path: '/api/community/cases', url: '/api/community/cases', status: ALL_200 },
  {
    // For 三次市, where none of the matrix's users works or is posted: only the program-wide roles.
    method: 'post',
    path: '/api/community/cases',
    url: '/api/community/cases',
    body: { orgCode: '342092', kind: 'good_case', title: '権限テスト', body: '権限テスト' },
    status: only(201, ['admin', 'talent_officer']),
  },
  { method: 'get', path: '/api/literacy/courses', url: '/api/literacy/courses', status: ALL_200 },
  {
    method: 'get',
    path: '/api/literacy/participation',
    url: '/api/literacy/participation?fiscalYear=2023',
    status: ALL_200,
  },
  {
    // Validation of the course comes after the role check: officers get 400 for an unknown course.
    method: 'post',
    path: '/api/literacy/sessions',
    url: '/api/literacy/sessions',
    body: { courseId: '00000000-0000-4000-8000-000000000000', fiscalYear: 2024 },
    status: only(400, ['admin', 'talent_officer']),
  },
  {
    // 342157 is the matrix's municipal users' own body.
    method: 'put',
    path: '/api/literacy/sessions/{id}/participation/{orgCode}',
    url: '/api/literacy/sessions/00000000-0000-4000-8000-000000000000/participation/342157',
    body: { participants: 3 },
    status: only(404, ['admin', 'talent_officer', 'municipal_manager', 'municipal_staff']),
  },
  {
    method: 'get',
    path: '/api/reports/annual',
    url: '/api/reports/annual?fiscalYear=2024&format=html',
    status: ALL_200,
  },
  { method: 'get', path: '/api/dashboard', url: '/api/dashboard?fiscalYear=2024', status: ALL_200 },
  { method: 'get', path: '/api/fiscal-years', url: '/api/fiscal-years', status: ALL_200 },
  {
    method: 'get',
    path: '/api/workforce/projection',
    url: '/api/workforce/projection?fromFiscalYear=2025&years=5&leaveRatePercent=5',
    status: only(200, ['admin', 'talent_officer', 'municipal_manager', 'viewer']),
  },
  {
    method: 'get',
    path: '/api/workforce/targets',
    url: '/api/workforce/targets',
    status: only(200, ['admin', 'talent_officer', 'municipal_manager', 'viewer']),
  },
  {
    // The managers' own body is 342157: each allowed role adds its own role name, so none collide.
    method: 'post',
    path: '/api/workforce/targets',
    url: '/api/workforce/targets',
    body: {
      orgCode: '342157',
      targetFiscalYear: 2030,
      staffKind: 'administrative',
      roleName: '行政職員',
      count: 1,
    },
    status: { ...only(201, ['admin']), talent_officer: 409, municipal_manager: 409 },
  },
  // — end of issue 6 —
  // — issue 3: the talent pool (people); PEOPLE_FIXTURE is assigned to 342157 and is the member's own record —
  { method: 'get', path: '/api/people', url: '/api/people', status: only(200, PEOPLE_READERS) },
  {
    method: 'post',
    path: '/api/people',
    url: '/api/people',
    // A getter: every request registers a new 職員番号, so admin and talent_officer both get 201.
    get body() {
      return { ...PERSON_BODY, employeeNo: `MATRIX-${++personSerial}` };
    },
    status: only(201, ['admin', 'talent_officer']),
  },
  {
    method: 'get',
    path: '/api/people/roster-summary',
    url: '/api/people/roster-summary?fiscalYear=2024',
    status: ALL_200,
  },
  {
    method: 'get',
    path: '/api/people/export',
    url: '/api/people/export?format=csv',
    status: only(200, ['admin', 'talent_officer', 'municipal_manager']),
  },
  {
    method: 'get',
    path: '/api/people/{id}',
    url: `/api/people/${PEOPLE_FIXTURE}`,
    status: only(200, PEOPLE_READERS),
  },
  {
    method: 'patch',
    path: '/api/people/{id}',
    url: `/api/people/${PEOPLE_FIXTURE}`,
    body: { careerGoal: '権限の確認' },
    status: only(200, ['admin', 'talent_officer', 'member']),
  },
  {
    method: 'put',
    path: '/api/people/{id}/status',
    url: `/api/people/${PEOPLE_FIXTURE}/status`,
    body: { status: 'active' },
    status: only(200, ['admin', 'talent_officer']),
  },
  {
    method: 'get',
    path: '/api/people/{id}/career',
    url: `/api/people/${PEOPLE_FIXTURE}/career`,
    status: only(200, PEOPLE_READERS),
  },
  {
    method: 'get',
    path: '/api/people/{id}/allowance',
    url: `/api/people/${PEOPLE_FIXTURE}/allowance`,
    status: only(200, ['admin', 'talent_officer', 'member']),
  },
  { method: 'get', path: '/api/certifications', url: '/api/certifications', status: ALL_200 },
  {
    method: 'post',
    path: '/api/people/import',
    url: '/api/people/import',
    // A preview only: nothing is written to the people tables.
    body: '職員番号,氏名,ふりがな,採用団体,区分,採用区分,採用年度,採用日,職位,主ジョブタイプ\r\nMATRIX-IMP,権限 確認,けんげん かくにん,広島県,県情報職,社会人経験者,R6,2024-04-01,係員,ビジネスデザイナー\r\n',
    status: only(201, ['admin', 'talent_officer']),
  },
  {
    method: 'post',
    path: '/api/people/import/{batchId}/commit',
    url: '/api/people/import/00000000-0000-4000-8000-0000000000a3/commit',
    status: only(404, ['admin', 'talent_officer']),
  },
  // — end of issue 3 —
  // Issue 5 (information sharing): the 台帳 is shared for reading; editors keep their own body's rows.
  // POST /api/systems runs before the {id} routes: admin creates system 1 (340006), the manager 2 and
  // the staff 3 (342157, the sessions' body).
  { method: 'get', path: '/api/systems', url: '/api/systems', status: ALL_200 },
  {
    method: 'post',
    path: '/api/systems',
    url: '/api/systems',
    body: { name: '権限テスト', business: 'その他', hosting: 'クラウド' },
    status: only(201, INVENTORY_EDITORS),
  },
  { method: 'get', path: '/api/systems/{id}', url: '/api/systems/1', status: ALL_200 },
  {
    method: 'patch',
    path: '/api/systems/{id}',
    url: '/api/systems/2',
    body: { note: '権限テスト' },
    status: only(200, INVENTORY_EDITORS),
  },
  {
    method: 'delete',
    path: '/api/systems/{id}',
    url: '/api/systems/2147483647',
    status: only(404, INVENTORY_EDITORS),
  },
  { method: 'get', path: '/api/systems/businesses', url: '/api/systems/businesses', status: ALL_200 },
  {
    method: 'get',
    path: '/api/systems/standardisation',
    url: '/api/systems/standardisation',
    status: ALL_200,
  },
  { method: 'get', path: '/api/systems/export', url: '/api/systems/export?format=csv', status: ALL_200 },
  {
    method: 'post',
    path: '/api/systems/import',
    url: '/api/systems/import',
    body: 'システム名,業務,稼働環境\r\n権限テスト,その他,クラウド\r\n',
    status: only(201, INVENTORY_EDITORS),
  },
  {
    method: 'post',
    path: '/api/systems/import/{batchId}/commit',
    url: '/api/systems/import/00000000-0000-4000-8000-000000000005/commit',
    status: only(404, INVENTORY_EDITORS),
  },
  { method: 'get', path: '/api/search', url: '/api/search?q=%E6%88%B8%E7%B1%8D', status: ALL_200 },
  // Issue 13: the search dictionary, read by every role, kept by admins (entry 1 is from the migration).
  { method: 'get', path: '/api/search/synonyms', url: '/api/search/synonyms', status: ALL_200 },
  { method: 'get', path: '/api/search/synonyms/{id}', url: '/api/search/synonyms/1', status: ALL_200 },
  {
    method: 'post',
    path: '/api/search/synonyms',
    url: '/api/search/synonyms',
    body: { term: '権限確認', synonyms: ['権限の確認'] },
    status: only(201, ['admin']),
  },
  {
    method: 'put',
    path: '/api/search/synonyms/{id}',
    url: '/api/search/synonyms/1',
    body: { term: '住基', synonyms: ['住民基本台帳', '住民記録'] },
    status: only(200, ['admin']),
  },
  {
    method: 'delete',
    path: '/api/search/synonyms/{id}',
    url: '/api/search/synonyms/2147483647',
    status: only(404, ['admin']),
  },
  {
    method: 'get',
    path: '/api/procurement/candidates',
    url: '/api/procurement/candidates?windowMonths=12',
    status: ALL_200,
  },
  {
    method: 'get',
    path: '/api/procurement/alerts',
    url: '/api/procurement/alerts?monthsAhead=6',
    status: ALL_200,
  },
  {
    method: 'get',
    path: '/api/procurement/joint-systems',
    url: '/api/procurement/joint-systems',
    status: ALL_200,
  },
  {
    method: 'get',
    path: '/api/procurement/joint-systems/{id}',
    url: '/api/procurement/joint-systems/2147483647',
    status: Object.fromEntries(ROLES.map((r) => [r, 404])) as Record<Role, number>,
  },
  // POST /api/practices runs before the {id} routes: admin creates initiative 1 (340006), the manager 2
  // and the staff 3 (342157). Adopting the prefecture's own initiative as admin is 409.
  { method: 'get', path: '/api/practices', url: '/api/practices', status: ALL_200 },
  {
    method: 'post',
    path: '/api/practices',
    url: '/api/practices',
    body: { title: '権限テスト', fiscalYear: 2024, summary: '権限の確認' },
    status: only(201, INVENTORY_EDITORS),
  },
  { method: 'get', path: '/api/practices/{id}', url: '/api/practices/1', status: ALL_200 },
  {
    method: 'patch',
    path: '/api/practices/{id}',
    url: '/api/practices/2',
    body: { status: '完了' },
    status: only(200, INVENTORY_EDITORS),
  },
  {
    method: 'delete',
    path: '/api/practices/{id}',
    url: '/api/practices/2147483647',
    status: only(404, INVENTORY_EDITORS),
  },
  {
    method: 'post',
    path: '/api/practices/{id}/attachments',
    url: '/api/practices/2/attachments?filename=%E8%B3%87%E6%96%99.pdf',
    body: '%PDF-1.7 権限テスト',
    status: only(201, INVENTORY_EDITORS),
  },
  {
    method: 'get',
    path: '/api/practices/{id}/attachments/{attachmentId}',
    url: '/api/practices/2/attachments/00000000-0000-4000-8000-000000000005',
    status: Object.fromEntries(ROLES.map((r) => [r, 404])) as Record<Role, number>,
  },
  {
    method: 'delete',
    path: '/api/practices/{id}/attachments/{attachmentId}',
    url: '/api/practices/2/attachments/00000000-0000-4000-8000-000000000005',
    status: only(404, INVENTORY_EDITORS),
  },
  {
    method: 'post',
    path: '/api/practices/{id}/comments',
    url: '/api/practices/1/comments',
    body: { body: '権限テスト' },
    status: only(201, ['admin', 'talent_officer', 'municipal_manager', 'municipal_staff', 'member']),
  },
  {
    method: 'put',
    path: '/api/practices/{id}/adoptions',
    url: '/api/practices/1/adoptions',
    body: {},
    status: { ...only(200, INVENTORY_EDITORS), admin: 409 },
  },
  {
    method: 'delete',
    path: '/api/practices/{id}/adoptions',
    url: '/api/practices/1/adoptions',
    status: only(200, INVENTORY_EDITORS),
  },
  {
    method: 'post',
    path: '/api/practices/import',
    url: '/api/practices/import',
    body: '件名,年度,概要\r\n権限テスト,2024,確認\r\n',
    status: only(201, INVENTORY_EDITORS),
  },
  {
    method: 'post',
    path: '/api/practices/import/{batchId}/commit',
    url: '/api/practices/import/00000000-0000-4000-8000-000000000005/commit',
    status: only(404, INVENTORY_EDITORS),
  },
  { method: 'get', path: '/api/practices/export', url: '/api/practices/export?format=xlsx', status: ALL_200 },
  // — end of issue 5 —
  // — issue 3: skills and development (SKL, DEV); SKILLS_MATRIX.personId is assigned to 342157, no account —
  { method: 'get', path: '/api/job-types', url: '/api/job-types', status: ALL_200 },
  { method: 'get', path: '/api/skills/catalogue', url: '/api/skills/catalogue', status: ALL_200 },
  {
    method: 'get',
    path: '/api/people/{id}/skill-sheets',
    url: `/api/people/${SKILLS_MATRIX.personId}/skill-sheets`,
    // staff see the person but not evaluations; a member who is not the person gets 404.
    status: { ...only(200, ['admin', 'talent_officer', 'municipal_manager']), member: 404 },
  },
  {
    method: 'post',
    path: '/api/people/{id}/skill-sheets',
    url: `/api/people/${SKILLS_MATRIX.personId}/skill-sheets`,
    // A getter: each request opens a new 年度 (hired 2015), so admin and talent_officer both get 201.
    get body() {
      return { fiscalYear: 2015 + ++skillsSerial };
    },
    status: { ...only(201, ['admin', 'talent_officer']), member: 404 },
  },
  {
    method: 'put',
    path: '/api/skill-sheets/{sheetId}/self-assessment',
    url: `/api/skill-sheets/${SKILLS_MATRIX.sheetId}/self-assessment`,
    body: { levels: [{ itemCode: 'cloud', level: 2 }] },
    // Only the person themself: everyone here is someone else.
    status: { ...only(200, []), member: 404 },
  },
  {
    method: 'put',
    path: '/api/skill-sheets/{sheetId}/evaluation',
    url: `/api/skill-sheets/${SKILLS_MATRIX.sheetId}/evaluation`,
    body: { levels: [{ itemCode: 'cloud', level: 3, comment: '権限確認' }] },
    status: only(200, ['admin', 'talent_officer', 'municipal_manager']),
  },
  {
    method: 'post',
    path: '/api/skill-sheets/{sheetId}/evidence',
    url: `/api/skill-sheets/${SKILLS_MATRIX.sheetId}/evidence`,
    get body() {
      return { itemCode: 'bpr', kind: 'ojt', description: `権限確認のOJT ${++skillsSerial}` };
    },
    status: { ...only(201, ['admin', 'talent_officer', 'municipal_manager']), member: 404 },
  },
  {
    method: 'delete',
    path: '/api/skill-sheets/{sheetId}/evidence/{evidenceId}',
    // A getter: each request deletes the next of the evidence rows the fixtures wrote.
    get url() {
      return `/api/skill-sheets/${SKILLS_MATRIX.sheetId}/evidence/${SKILLS_MATRIX.firstEvidenceId + evidenceSerial++}`;
    },
    status: { ...only(204, ['admin', 'talent_officer', 'municipal_manager']), member: 404 },
  },
  {
    method: 'get',
    path: '/api/people/{id}/gaps',
    url: `/api/people/${SKILLS_MATRIX.personId}/gaps`,
    status: { ...only(200, ['admin', 'talent_officer', 'municipal_manager']), member: 404 },
  },
  {
    method: 'get',
    path: '/api/orgs/{code}/skill-gaps',
    url: '/api/orgs/342157/skill-gaps?fiscalYear=2024',
    status: only(200, ['admin', 'talent_officer', 'municipal_manager', 'municipal_staff']),
  },
  {
    method: 'get',
    path: '/api/skills/pool-gaps',
    url: '/api/skills/pool-gaps?fiscalYear=2024',
    status: only(200, ['admin', 'talent_officer', 'municipal_manager', 'municipal_staff', 'viewer']),
  },
  {
    method: 'get',
    path: '/api/skills/distribution',
    url: '/api/skills/distribution?fiscalYear=2024',
    status: ALL_200,
  },
  { method: 'get', path: '/api/trainings', url: '/api/trainings', status: ALL_200 },
  {
    method: 'post',
    path: '/api/trainings',
    url: '/api/trainings',
    body: { kind: 'online', name: '権限確認', provider: '試験', skillItems: ['cloud'], hours: 1, costYen: 0 },
    status: only(201, ['admin', 'talent_officer']),
  },
  {
    method: 'patch',
    path: '/api/trainings/{id}',
    url: `/api/trainings/${SKILLS_MATRIX.courseId}`,
    body: { hours: 2 },
    status: only(200, ['admin', 'talent_officer']),
  },
  {
    method: 'get',
    path: '/api/people/{id}/training-plans',
    url: `/api/people/${SKILLS_MATRIX.personId}/training-plans`,
    status: {
      ...only(200, ['admin', 'talent_officer', 'municipal_manager', 'municipal_staff']),
      member: 404,
    },
  },
  {
    method: 'post',
    path: '/api/people/{id}/training-plans/draft',
    url: `/api/people/${SKILLS_MATRIX.personId}/training-plans/draft`,
    body: { fiscalYear: 2024 },
    status: { ...only(200, ['admin', 'talent_officer']), member: 404 },
  },
  {
    method: 'put',
    path: '/api/people/{id}/training-plans/{fiscalYear}/items',
    url: `/api/people/${SKILLS_MATRIX.personId}/training-plans/2025/items`,
    body: { items: [] },
    status: { ...only(200, ['admin', 'talent_officer']), member: 404 },
  },
  {
    method: 'post',
    path: '/api/training-plan-items/{id}/complete',
    url: `/api/training-plan-items/${SKILLS_MATRIX.planItemId}/complete`,
    body: { completedOn: '2023-06-01' },
    status: { ...only(200, ['admin', 'talent_officer']), member: 404 },
  },
  // — end of issue 3: skills and development —
  // — issue 15: the programme's record (profiles, targets, cases, savings, history, timeline) —
  { method: 'get', path: '/api/orgs/{code}/profiles', url: '/api/orgs/342157/profiles', status: ALL_200 },
  {
    // The first editor creates the 年度's profile (201), the body's manager then changes it (200).
    method: 'put',
    path: '/api/orgs/{code}/profiles/{fiscalYear}',
    url: '/api/orgs/342157/profiles/2031',
    body: { population: 20000, staffCount: 220, dxUnit: 'デジタル推進室', dxHead: '副市長' },
    status: { ...only(200, ['municipal_manager']), admin: 201 },
  },
  {
    method: 'get',
    path: '/api/workforce/targets/progress',
    url: '/api/workforce/targets/progress?fiscalYear=2024',
    status: only(200, ['admin', 'talent_officer', 'municipal_manager', 'viewer']),
  },
  {
    method: 'patch',
    path: '/api/workforce/targets/{id}',
    url: `/api/workforce/targets/${UNKNOWN_UUID}`,
    body: { count: 2 },
    status: only(404, ['admin', 'talent_officer', 'municipal_manager']),
  },
  {
    method: 'delete',
    path: '/api/workforce/targets/{id}',
    url: `/api/workforce/targets/${UNKNOWN_UUID}`,
    status: only(404, ['admin', 'talent_officer', 'municipal_manager']),
  },
  {
    method: 'get',
    path: '/api/community/cases/{id}',
    url: `/api/community/cases/${UNKNOWN_UUID}`,
    status: Object.fromEntries(ROLES.map((r) => [r, 404])) as Record<Role, number>,
  },
  {
    method: 'patch',
    path: '/api/community/cases/{id}',
    url: `/api/community/cases/${UNKNOWN_UUID}`,
    body: { status: 'in_progress' },
    status: only(404, ['admin', 'talent_officer', 'municipal_manager', 'municipal_staff', 'member']),
  },
  { method: 'get', path: '/api/settings', url: '/api/settings', status: ALL_200 },
  {
    method: 'patch',
    path: '/api/settings',
    url: '/api/settings',
    body: { savingsRatePercent: 10 },
    status: only(200, ['admin']),
  },
  { method: 'get', path: '/api/timeline', url: '/api/timeline', status: ALL_200 },
  {
    method: 'post',
    path: '/api/timeline',
    url: '/api/timeline',
    body: { occurredOn: '2024-04-01', precision: 'month', title: '権限確認' },
    status: only(201, ['admin']),
  },
  {
    method: 'get',
    path: '/api/timeline/{id}',
    url: '/api/timeline/999999',
    status: Object.fromEntries(ROLES.map((r) => [r, 404])) as Record<Role, number>,
  },
  {
    method: 'patch',
    path: '/api/timeline/{id}',
    url: '/api/timeline/999999',
    body: { title: '権限確認' },
    status: only(404, ['admin']),
  },
  {
    method: 'delete',
    path: '/api/timeline/{id}',
    url: '/api/timeline/999999',
    status: only(404, ['admin']),
  },
  { method: 'get', path: '/api/systems/{id}/history', url: '/api/systems/1/history', status: ALL_200 },
  { method: 'get', path: '/api/practices/{id}/history', url: '/api/practices/1/history', status: ALL_200 },
  {
    method: 'get',
    path: '/api/people/{id}/history',
    url: `/api/people/${PEOPLE_FIXTURE}/history`,
    status: only(200, PEOPLE_READERS),
  },
  // Imports left previewed: each user's own list; a preview opened again by its uploader or an admin.
  { method: 'get', path: '/api/imports/open', url: '/api/imports/open', status: ALL_200 },
  ...(['systems', 'practices'] as const).map(
    (kind): Expectation => ({
      method: 'get',
      path: `/api/${kind}/import/{batchId}`,
      url: `/api/${kind}/import/${UNKNOWN_UUID}`,
      status: only(404, INVENTORY_EDITORS),
    }),
  ),
  {
    method: 'get',
    path: '/api/people/import/{batchId}',
    url: `/api/people/import/${UNKNOWN_UUID}`,
    status: only(404, ['admin', 'talent_officer']),
  },
  ...(['systems', 'practices'] as const).map(
    (kind): Expectation => ({
      method: 'get',
      path: `/api/${kind}/import/{batchId}/refused`,
      url: `/api/${kind}/import/${UNKNOWN_UUID}/refused?format=csv`,
      status: only(404, INVENTORY_EDITORS),
    }),
  ),
  ...(['posts', 'meetings', 'commitments'] as const).map(
    (kind): Expectation => ({
      method: 'get',
      path: `/api/${kind}/{id}/history`,
      url: `/api/${kind}/${UNKNOWN_UUID}/history`,
      status: Object.fromEntries(ROLES.map((r) => [r, 404])) as Record<Role, number>,
    }),
  ),
  // Issue 14: notifications (each person's own inbox and settings; the calendar feed is authenticated
  // by the secret in its URL; body settings of another body 342025; the outbox for admins).
  { method: 'get', path: '/api/notifications', url: '/api/notifications', status: ALL_200 },
  {
    method: 'post',
    path: '/api/notifications/{id}/read',
    url: '/api/notifications/2147483647/read',
    status: Object.fromEntries(ROLES.map((r) => [r, 404])) as Record<Role, number>,
  },
  {
    method: 'post',
    path: '/api/notifications/read-all',
    url: '/api/notifications/read-all',
    status: ALL_200,
  },
  { method: 'get', path: '/api/notifications/settings', url: '/api/notifications/settings', status: ALL_200 },
  {
    method: 'put',
    path: '/api/notifications/settings',
    url: '/api/notifications/settings',
    body: { preferences: [{ kind: 'meeting', delivery: 'digest' }] },
    status: ALL_200,
  },
  {
    method: 'post',
    path: '/api/notifications/calendar-feed',
    url: '/api/notifications/calendar-feed',
    status: Object.fromEntries(ROLES.map((r) => [r, 201])) as Record<Role, number>,
  },
  {
    method: 'delete',
    path: '/api/notifications/calendar-feed',
    url: '/api/notifications/calendar-feed',
    status: Object.fromEntries(ROLES.map((r) => [r, 204])) as Record<Role, number>,
  },
  {
    method: 'get',
    path: '/api/calendar/{token}',
    url: `/api/calendar/${'a'.repeat(43)}.ics`,
    public: true,
    status: Object.fromEntries(ROLES.map((r) => [r, 404])) as Record<Role, number>,
  },
  {
    method: 'get',
    path: '/api/meetings/{id}/ics',
    url: '/api/meetings/00000000-0000-4000-8000-000000000000/ics',
    status: Object.fromEntries(ROLES.map((r) => [r, 404])) as Record<Role, number>,
  },
  {
    method: 'delete',
    path: '/api/meetings/{id}',
    url: '/api/meetings/00000000-0000-4000-8000-000000000000',
    status: only(404, ['admin', 'talent_officer']),
  },
  {
    method: 'get',
    path: '/api/notifications/bodies/{orgCode}/settings',
    url: '/api/notifications/bodies/342025/settings',
    status: Object.fromEntries(
      ROLES.map((r) => [r, r === 'admin' || r === 'talent_officer' ? 200 : 404]),
    ) as Record<Role, number>,
  },
  {
    method: 'put',
    path: '/api/notifications/bodies/{orgCode}/settings',
    url: '/api/notifications/bodies/342025/settings',
    body: { contractWindowMonths: 12 },
    status: { ...only(200, ['admin']), municipal_manager: 404 },
  },
  { method: 'get', path: '/api/admin/outbox', url: '/api/admin/outbox', status: only(200, ['admin']) },
];

let t: TestApp;
const sessions = new Map<Role, Session>();

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES)
    sessions.set(role, await t.as(role, role === 'admin' || role === 'talent_officer' ? '340006' : '342157'));
  // Issue 3: the member's own person record, assigned to 342157 (the other sessions' body) this 年度.
  await t.db.insert(people).values({ ...PERSON_BODY, id: PEOPLE_FIXTURE, employeeNo: 'MATRIX-0' });
  await linkAccount(t.db, PEOPLE_FIXTURE, sessions.get('member')!.login);
  await assign(
    t.db,
    PEOPLE_FIXTURE,
    await addPost(t.db, '342157', '権限確認', currentFiscalYear()),
    currentFiscalYear(),
  );
  await insertSkillsMatrixFixtures(t.db); // issue 3: skills and development
  // Issue 9: the accounts the /users/{id} routes are tried on.
  const subject = await createUser(t.db, CLI_ACTOR, {
    login: 'matrix.subject',
    displayName: '権限 確認',
    role: 'viewer',
    orgCode: '342157',
  });
  const elsewhere = await createUser(t.db, CLI_ACTOR, {
    login: 'matrix.elsewhere',
    displayName: '他団体',
    role: 'viewer',
    orgCode: '342025',
  });
  MATRIX_USER.id = subject.id;
  MATRIX_USER.otherBodyId = elsewhere.id;
});
afterAll(() => t.close());

describe('authorisation matrix', () => {
  it('covers every route of the OpenAPI document', async () => {
    const doc = (await (await t.request('GET', '/api/openapi.json')).json()) as {
      paths: Record<string, object>;
    };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m} ${path}`),
    );
    const covered = [...new Set(MATRIX.map((e) => `${e.method} ${e.path}`))];
    expect(documented.sort()).toEqual([...covered, 'post /api/auth/login'].sort());
  });

  for (const e of MATRIX) {
    if (!e.public) {
      it(`${e.method.toUpperCase()} ${e.path} without a session → 401`, async () => {
        const res = await t.request(e.method.toUpperCase(), e.url, { body: e.body });
        expect(res.status).toBe(401);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
      });
    }
    for (const role of ROLES) {
      it(`${e.method.toUpperCase()} ${e.path} as ${role} → ${e.status[role]}`, async () => {
        // Each write gets a unique login so repeated creates do not collide.
        const body =
          e.path === '/api/users' && e.method === 'post'
            ? { ...(e.body as object), login: `new-${role}-${Date.now()}` }
            : e.body;
        const session =
          e.path === '/api/auth/logout' ? await t.as(role, sessions.get(role)!.orgCode) : sessions.get(role)!;
        const res = await t.request(e.method.toUpperCase(), e.url, { as: session, body });
        expect(res.status).toBe(e.status[role]);
      });
    }
  }
});

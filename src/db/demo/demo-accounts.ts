import type { Role } from '../../domain/roles.ts';

/** The password of every demo account (listed in the README; demo data only). */
export const DEMO_PASSWORD = 'dxship-demo';

/** One fictional account per role. */
export const DEMO_ACCOUNTS: readonly { login: string; displayName: string; role: Role; orgCode: string }[] = [
  { login: 'admin', displayName: '県DX推進チーム 管理者（デモ）', role: 'admin', orgCode: '340006' },
  { login: 'talent', displayName: '人材機構 人事担当（デモ）', role: 'talent_officer', orgCode: '340006' },
  {
    login: 'etajima-manager',
    displayName: '江田島市 DX責任者（デモ）',
    role: 'municipal_manager',
    orgCode: '342157',
  },
  {
    login: 'etajima-staff',
    displayName: '江田島市 DX担当（デモ）',
    role: 'municipal_staff',
    orgCode: '342157',
  },
  {
    login: 'kure-manager',
    displayName: '呉市 DX責任者（デモ）',
    role: 'municipal_manager',
    orgCode: '342025',
  },
  { login: 'member', displayName: '見本 一郎', role: 'member', orgCode: '340006' },
  { login: 'viewer', displayName: 'CDOフォーラム 委員（デモ）', role: 'viewer', orgCode: '342092' },
];

import type { Role } from '../../../domain/roles.ts';
import { type Area, canAccess } from '../../auth/access.ts';

/** A task on ホーム: where it is done and what it is. */
export type HomeTask = { area: Area; to: string; label: string; detail: string };

/** What the signed-in user's tasks refer to: their body, and their own person record (members). */
export type TaskContext = { role: Role; bodyCode: string; ownPersonId: string | null };

/**
 * Each role's most frequent tasks, first things first, as direct links (only areas the role may use;
 * a member's sheet and plan once their person record is known).
 */
export function tasksOf({ role, bodyCode, ownPersonId }: TaskContext): HomeTask[] {
  const body: HomeTask = {
    area: 'orgs',
    to: `/orgs/${bodyCode}`,
    label: '自団体のページ',
    detail: '参画・ポスト・配属・台帳',
  };
  const byRole: Record<Role, HomeTask[]> = {
    admin: [
      { area: 'dashboard', to: '/dashboard', label: 'ダッシュボード', detail: '年度の取組を一目で' },
      { area: 'people', to: '/people', label: '人材', detail: '共通人材の名簿' },
      { area: 'matching', to: '/matching', label: '最適配置', detail: 'シナリオを作って比べる' },
      { area: 'users', to: '/users', label: '利用者', detail: 'アカウントと権限' },
      { area: 'audit', to: '/audit', label: '監査ログ', detail: '誰が・いつ・何を変更したか' },
      { area: 'reports', to: '/reports', label: '年次報告', detail: '印刷・Excel' },
      { area: 'synonyms', to: '/search/synonyms', label: '検索辞書', detail: '略語・同義語' },
      { area: 'imports', to: '/inventory/import', label: '台帳の取り込み', detail: 'CSV・Excel' },
    ],
    talent_officer: [
      { area: 'people', to: '/people', label: '人材', detail: '共通人材の名簿' },
      { area: 'placement', to: '/placement', label: '配置状況', detail: 'ポストと配属' },
      { area: 'matching', to: '/matching', label: '最適配置', detail: 'シナリオを作って比べる' },
      { area: 'skills', to: '/skills', label: 'スキル', detail: 'ジョブタイプ別のギャップ' },
      { area: 'recruitment', to: '/recruitment', label: '採用', detail: '試験と競争倍率' },
      { area: 'workforce', to: '/workforce', label: '需給見通し', detail: 'ジョブタイプ別の過不足' },
      { area: 'peopleImport', to: '/people/import', label: '人材の取り込み', detail: 'CSV・Excel' },
    ],
    municipal_manager: [
      body,
      {
        area: 'inventory',
        to: `/inventory?orgCode=${bodyCode}`,
        label: '自団体の台帳',
        detail: '情報システム',
      },
      { area: 'records', to: '/inventory/new', label: 'システムを登録', detail: '台帳に1件追加' },
      { area: 'people', to: '/people', label: '配属された人材', detail: '自団体の共通人材' },
      { area: 'procurement', to: '/procurement', label: '共同調達', detail: '契約満了の予告と候補' },
      { area: 'practices', to: '/practices', label: '好事例', detail: 'DX施策の共有' },
      { area: 'meetings', to: '/meetings/commitments', label: 'コミットメント', detail: '会議で決めたこと' },
    ],
    municipal_staff: [
      body,
      {
        area: 'inventory',
        to: `/inventory?orgCode=${bodyCode}`,
        label: '自団体の台帳',
        detail: '情報システム',
      },
      { area: 'records', to: '/inventory/new', label: 'システムを登録', detail: '台帳に1件追加' },
      { area: 'procurement', to: '/procurement', label: '共同調達', detail: '契約満了の予告と候補' },
      { area: 'practices', to: '/practices', label: '好事例', detail: 'DX施策の共有' },
      { area: 'search', to: '/search', label: '検索', detail: '台帳と好事例を横断' },
    ],
    member: [
      { area: 'me', to: '/me', label: 'マイページ', detail: '自分の記録と希望' },
      ...(ownPersonId
        ? [
            {
              area: 'skillSheet' as const,
              to: `/people/${ownPersonId}/skills`,
              label: 'スキルシート',
              detail: '自己評価を入力',
            },
            {
              area: 'training' as const,
              to: `/people/${ownPersonId}/training`,
              label: '研修計画',
              detail: '今年度の研修',
            },
          ]
        : []),
      { area: 'literacy', to: '/literacy', label: '研修', detail: '研修メニュー' },
      { area: 'practices', to: '/practices', label: '好事例', detail: 'DX施策の共有' },
    ],
    viewer: [
      { area: 'dashboard', to: '/dashboard', label: 'ダッシュボード', detail: '年度の取組を一目で' },
      { area: 'reports', to: '/reports', label: '年次報告', detail: '印刷・Excel' },
      { area: 'meetings', to: '/meetings', label: '会議', detail: '会議と決めたこと' },
      { area: 'search', to: '/search', label: '検索', detail: '台帳と好事例を横断' },
    ],
  };
  return byRole[role].filter((task) => canAccess(role, task.area));
}

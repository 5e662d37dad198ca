import { Link } from 'react-router';
import { canAccess } from '../../auth/access.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { SkillSheetChart } from './SkillSheetChart.tsx';
import { SHEET_STATUS_LABELS } from './skill-labels.ts';
import { useSkillSheets } from './skills-queries.ts';

/**
 * The latest デジタルスキルシート of a person on their page: achievement and the radar by category,
 * with links to the whole sheet and the training plan. Only for roles that may read sheets.
 */
export function SkillSummarySection({ personId }: { personId: string }) {
  const user = useCurrentUser();
  const allowed = canAccess(user.role, 'skillSheet');
  const sheets = useSkillSheets(personId, allowed);
  const latest = sheets.data?.items.at(-1);
  return (
    <section aria-labelledby="person-skills" className="mt-8">
      <h2 id="person-skills" className="text-std-20B-150">
        デジタルスキルシート
      </h2>
      {!allowed ? (
        <p className="mt-2">スキルシートは、本人・人材機構・配属先のDX責任者のみ閲覧できます。</p>
      ) : null}
      {allowed && sheets.isPending ? <Loading /> : null}
      {sheets.isError ? <ErrorAlert error={sheets.error} /> : null}
      {sheets.data ? (
        latest ? (
          <>
            <p className="mt-2 text-std-16N-170">
              {latest.fiscalYearLabel}・{latest.jobType.name}（{latest.careerStage.name}）・
              {SHEET_STATUS_LABELS[latest.status]}・達成度 <strong>{latest.achievementPercent}%</strong>
            </p>
            <SkillSheetChart sheet={latest} compact />
          </>
        ) : (
          <p className="mt-2">まだスキルシートがありません。</p>
        )
      ) : null}
      {allowed || canAccess(user.role, 'training') ? (
        <p className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
          {allowed ? (
            <Link to={`/people/${personId}/skills`}>スキルシートを開く（自己評価・評価・ギャップ）</Link>
          ) : null}
          {canAccess(user.role, 'training') ? (
            <Link to={`/people/${personId}/training`}>研修計画を開く</Link>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}

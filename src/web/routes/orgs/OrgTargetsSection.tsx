import { useId, useState } from 'react';
import { canAccess } from '../../auth/access.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { primaryButtonClass, secondaryButtonClass } from '../../components/button-styles.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useFiscalYear } from '../../components/fiscal-year.tsx';
import { controlClass } from '../../components/form-styles.ts';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { TargetProgressTable } from '../workforce/TargetProgressTable.tsx';
import {
  type TargetRole,
  useDeleteTarget,
  useTargetProgress,
  useTargets,
  useUpdateTarget,
} from '../workforce/workforce-queries.ts';

/** One role with its count to change, or to delete after confirming. */
function RoleRow({ role }: { role: TargetRole }) {
  const update = useUpdateTarget();
  const remove = useDeleteTarget();
  const [count, setCount] = useState(String(role.count));
  const [confirming, setConfirming] = useState(false);
  const id = useId();
  return (
    <tr>
      <th scope="row" className="border border-solid-gray-420 px-3 py-1 text-left font-normal">
        {role.roleName}（{role.label}）
      </th>
      <td className="border border-solid-gray-420 px-3 py-1">
        <label htmlFor={id} className="sr-only">
          {role.roleName}の目標人数
        </label>
        <input
          id={id}
          inputMode="numeric"
          className={`${controlClass} w-24`}
          value={count}
          onChange={(e) => setCount(e.target.value)}
        />
      </td>
      <td className="border border-solid-gray-420 px-3 py-1">
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={primaryButtonClass}
            disabled={update.isPending}
            onClick={() =>
              update.mutate({ id: role.id, version: role.version, json: { count: Number(count) } })
            }
          >
            人数を保存<span className="sr-only">（{role.roleName}）</span>
          </button>
          <button type="button" className={secondaryButtonClass} onClick={() => setConfirming(true)}>
            削除<span className="sr-only">（{role.roleName}）</span>
          </button>
        </div>
        {update.isError ? <ErrorAlert error={update.error} /> : null}
        {remove.isError ? <ErrorAlert error={remove.error} /> : null}
        <ConfirmDialog
          open={confirming}
          title="この役割を削除しますか？"
          confirmLabel="削除する"
          busy={remove.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            remove.mutate({ id: role.id, version: role.version }, { onSettled: () => setConfirming(false) })
          }
        >
          <p>目指す組織体制から「{role.roleName}」を削除します。操作は監査ログに記録されます。</p>
        </ConfirmDialog>
      </td>
    </tr>
  );
}

/**
 * 目指す組織体制と実績 on a body's page (p.18): the target in force against the people placed in the header's 年度;
 * the body's DX manager, HR and admins may change the roles' counts or delete them.
 */
export function OrgTargetsSection({ code, name }: { code: string; name: string }) {
  const user = useCurrentUser();
  const reads = canAccess(user.role, 'workforce');
  const { fiscalYear } = useFiscalYear();
  const progress = useTargetProgress(fiscalYear, reads);
  const targets = useTargets(reads);
  const mayEdit =
    user.role === 'admin' ||
    user.role === 'talent_officer' ||
    (user.role === 'municipal_manager' && user.body.code === code);
  if (!reads) return null;
  const mine = progress.data?.bodies.filter((b) => b.orgCode === code) ?? [];
  const roles = targets.data?.items.filter((t) => t.orgCode === code) ?? [];
  return (
    <section aria-labelledby="org-targets" className="mt-8">
      <h2 id="org-targets" className="text-std-20B-150">
        目指す組織体制と実績
      </h2>
      {progress.isPending ? <Loading /> : null}
      {progress.isError ? <ErrorAlert error={progress.error} /> : null}
      {progress.data && mine.length === 0 ? (
        <p className="mt-3">目指す組織体制は登録されていません。</p>
      ) : null}
      {mine.length > 0 ? (
        <TargetProgressTable
          bodies={mine}
          caption={`${name}の目指す組織体制と${progress.data?.label}の実績`}
        />
      ) : null}
      {mayEdit && roles.length > 0 ? (
        <ScrollRegion label="役割の人数を変更・削除する" className="mt-4">
          <table className="border-collapse text-std-16N-170">
            <caption className="py-2 text-left font-bold">役割の人数を変更・削除する</caption>
            <thead className="bg-solid-gray-50">
              <tr>
                {['役割（目標年度）', '目標人数', '操作'].map((h) => (
                  <th key={h} scope="col" className="border border-solid-gray-420 px-3 py-1 text-left">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {roles.map((r) => (
                <RoleRow key={`${r.id}-${r.version}`} role={r} />
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </section>
  );
}

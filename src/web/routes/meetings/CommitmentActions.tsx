import { useId, useState } from 'react';
import { COMMITMENT_STATUS_LABELS, mayUpdateCommitment } from '../../../domain/community.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { secondaryButtonClass } from '../../components/button-styles.ts';
import { controlClass } from '../../components/form-styles.ts';
import { ErrorAlert } from '../../components/StatusMessages.tsx';
import { type Commitment, useUpdateCommitment } from './meetings-queries.ts';

/** Close (完了・取りやめ) or reopen a commitment, for those allowed to; a status line for the others. */
export function CommitmentActions({ c }: { c: Commitment }) {
  const user = useCurrentUser();
  const update = useUpdateCommitment();
  const [resolution, setResolution] = useState('');
  const inputId = useId();
  if (!mayUpdateCommitment(user.role, user.body.code, c.ownerOrgCode)) return null;
  if (c.status !== 'open') {
    return (
      <div>
        <button
          type="button"
          className={secondaryButtonClass}
          disabled={update.isPending}
          aria-label={`「${c.title}」を対応中に戻す`}
          onClick={() => update.mutate({ id: c.id, version: c.version, change: { status: 'open' } })}
        >
          対応中に戻す
        </button>
        {update.isError ? <ErrorAlert error={update.error} /> : null}
      </div>
    );
  }
  return (
    <div className="space-y-2">
      <label htmlFor={inputId} className="block text-dns-14N-130">
        対応結果（任意）
      </label>
      <input
        id={inputId}
        className={controlClass}
        value={resolution}
        onChange={(e) => setResolution(e.target.value)}
      />
      <div className="flex flex-wrap gap-2">
        {(['done', 'cancelled'] as const).map((status) => (
          <button
            key={status}
            type="button"
            className={secondaryButtonClass}
            disabled={update.isPending}
            aria-label={`「${c.title}」を${COMMITMENT_STATUS_LABELS[status]}にする`}
            onClick={() => update.mutate({ id: c.id, version: c.version, change: { status, resolution } })}
          >
            {COMMITMENT_STATUS_LABELS[status]}にする
          </button>
        ))}
      </div>
      {update.isError ? <ErrorAlert error={update.error} /> : null}
    </div>
  );
}

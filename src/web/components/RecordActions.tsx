import type { UseMutationResult } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { primaryButtonClass, secondaryButtonClass } from './button-styles.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ErrorAlert } from './StatusMessages.tsx';

/** Props of {@link RecordActions}. */
export type RecordActionsProps = {
  /** The record's edit page; without it only 削除する is offered (a record edited in place). */
  editTo?: string;
  /** The confirmation's question, e.g. この施策を削除しますか？ */
  confirmTitle: string;
  /** What deleting does, in plain words (the dialog's body). */
  children: ReactNode;
  /** The deleting mutation. */
  remove: UseMutationResult<void, Error, void>;
  /** Called once the record is gone (e.g. back to the list). */
  onDeleted: () => void;
};

/**
 * 編集する and 削除する for a record's detail page, for those who may change it: deleting asks first
 * (ConfirmDialog) and reports a refusal under the buttons.
 */
export function RecordActions({ editTo, confirmTitle, children, remove, onDeleted }: RecordActionsProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <div className="mt-4 flex flex-wrap gap-3">
        {editTo ? (
          <Link to={editTo} className={`${primaryButtonClass} no-underline`}>
            編集する
          </Link>
        ) : null}
        <button type="button" className={secondaryButtonClass} onClick={() => setConfirming(true)}>
          削除する
        </button>
      </div>
      {remove.isError ? <ErrorAlert error={remove.error} title="削除できませんでした。" /> : null}
      <ConfirmDialog
        open={confirming}
        title={confirmTitle}
        confirmLabel="削除する"
        busy={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(undefined, { onSuccess: onDeleted, onError: () => setConfirming(false) })
        }
      >
        {children}
      </ConfirmDialog>
    </>
  );
}

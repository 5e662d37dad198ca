import { ApiError } from '../api/client.ts';

/** The Japanese message to show for any error thrown by a query or mutation. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'システムエラーが発生しました。時間をおいて再度お試しください。';
}

/** Whether the API refused a change because the record changed since it was read (412 STALE_VERSION). */
export function isStaleVersion(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'STALE_VERSION';
}

/**
 * Offered when a save met a newer version of the record: reloading shows what the other person saved
 * (the draft is dropped on purpose: it was based on the older version).
 */
export function ReloadLatestButton() {
  return (
    <button
      type="button"
      className="mt-2 rounded-8 border-2 border-current px-3 py-1 font-bold"
      onClick={() => window.location.reload()}
    >
      最新の内容を読み込む
    </button>
  );
}

/** An error announced to assistive technology (role="alert"), with the API's message and field issues. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <div role="alert" className="my-4 rounded-8 border-2 border-error-1 bg-red-50 px-4 py-3 text-error-2">
      {title ? <p className="font-bold">{title}</p> : null}
      <p>{errorMessage(error)}</p>
      {isStaleVersion(error) ? <ReloadLatestButton /> : null}
      {issues.length > 0 ? (
        <ul className="mt-1 list-disc pl-6">
          {issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>{issue.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A polite loading notice (role="status"). */
export function Loading({ label = '読み込み中です…' }: { label?: string }) {
  return (
    <p role="status" className="my-4 text-solid-gray-700">
      {label}
    </p>
  );
}

/** The page shown when the signed-in role may not use an area (the API would answer 403). */
export function Forbidden() {
  return (
    <div role="alert" className="my-4 rounded-8 border-2 border-error-1 bg-red-50 px-4 py-3 text-error-2">
      <p className="font-bold">このページを表示する権限がありません。</p>
      <p>必要な場合は、所属団体の管理者または県DX推進チームにお問い合わせください。</p>
    </div>
  );
}

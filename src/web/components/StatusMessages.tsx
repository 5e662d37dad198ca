import { ApiError } from '../api/client.ts';

/** The Japanese message to show for any error thrown by a query or mutation. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'システムエラーが発生しました。時間をおいて再度お試しください。';
}

/** An error announced to assistive technology (role="alert"), with the API's message and field issues. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <div role="alert" className="my-4 rounded-8 border-2 border-error-1 bg-red-50 px-4 py-3 text-error-2">
      {title ? <p className="font-bold">{title}</p> : null}
      <p>{errorMessage(error)}</p>
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

import { useRouteError } from 'react-router';
import { errorMessage } from './StatusMessages.tsx';

/** Shown instead of a page that failed unexpectedly while rendering. */
export function RouteError() {
  const error = useRouteError();
  return (
    <main id="main" className="mx-auto max-w-3xl p-6">
      <h1 className="text-std-24B-150">エラーが発生しました</h1>
      <div role="alert" className="my-4 rounded-8 border-2 border-error-1 bg-red-50 px-4 py-3 text-error-2">
        <p>{errorMessage(error)}</p>
      </div>
      <p>
        <a href="/">ホームへ戻る</a>（ページを読み込み直します）
      </p>
    </main>
  );
}

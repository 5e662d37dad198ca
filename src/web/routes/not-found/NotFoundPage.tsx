import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading.tsx';

/** Any unknown path inside the app. */
export function NotFoundPage() {
  return (
    <>
      <PageHeading title="ページが見つかりません" />
      <p className="mt-4">お探しのページは見つかりませんでした。アドレスを確認してください。</p>
      <p className="mt-4">
        <Link to="/">ホームへ戻る</Link>
      </p>
    </>
  );
}

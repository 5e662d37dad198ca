import { Link, useParams } from 'react-router';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { NotFoundPage } from '../not-found/NotFoundPage.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import { isHistoryKind } from './history-queries.ts';

const WHAT: Record<string, { title: string; back: { to: string; label: string } }> = {
  posts: { title: 'ポストの変更履歴', back: { to: '/placement', label: 'ポスト・配属' } },
  commitments: {
    title: '決定事項・コミットの変更履歴',
    back: { to: '/meetings/commitments', label: '決定事項・コミット' },
  },
};

/** /history/:kind/:id — the 変更履歴 of a record that has no detail page of its own (posts, commitments). */
export function HistoryPage() {
  const { kind = '', id = '' } = useParams();
  const what = WHAT[kind];
  if (!isHistoryKind(kind) || !what) return <NotFoundPage />;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'ホーム', to: '/' },
          { label: what.back.label, to: what.back.to },
          { label: '変更履歴' },
        ]}
      />
      <PageHeading title={what.title} />
      <HistoryPanel kind={kind} id={id} />
      <p className="mt-8">
        <Link to={what.back.to}>{what.back.label}へ戻る</Link>
      </p>
    </>
  );
}

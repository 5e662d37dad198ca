import type { ReactNode } from 'react';
import { RecordTabs } from '../../components/RecordTabs.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import type { HistoryKind } from './history-queries.ts';

/** A record's page as two tabs: 詳細 (the page's own content) and 変更履歴 (loaded when opened). */
export function WithHistoryTab({
  kind,
  id,
  label,
  children,
}: {
  kind: HistoryKind;
  id: string;
  label: string;
  children: ReactNode;
}) {
  return (
    <RecordTabs
      label={label}
      tabs={[
        { key: 'detail', label: '詳細', content: () => children },
        { key: 'history', label: '変更履歴', content: () => <HistoryPanel kind={kind} id={id} /> },
      ]}
    />
  );
}

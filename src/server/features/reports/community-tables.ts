import { COMMITMENT_STATUS_LABELS } from '../../../domain/community.ts';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { formatWareki } from '../../../domain/wareki.ts';
import type { Db } from '../../platform/db.ts';
import { listCommitments } from '../community/list-commitments.ts';
import { listForumMembers } from '../community/list-forum-members.ts';
import { listMeetings } from '../community/list-meetings.ts';
import { noneRow, num, type ReportTable, text } from './report-table.ts';

/** p.24: the CDO forum's members (bodies and associations with the title that attends). */
export async function forumMembersTable(db: Db): Promise<ReportTable> {
  const members = await listForumMembers(db);
  return {
    key: 'forumMembers',
    caption: `県・市町CDOフォーラムのメンバー（${members.length}団体、資料 p.24）`,
    head: [['団体名', '職名']],
    rows: members.length > 0 ? members.map((m) => [text(m.organisationName), text(m.title)]) : [noneRow(2)],
    notes: [],
  };
}

/** p.24: the forum's meetings of the 年度 with their agenda and the commitments made there. */
export async function forumMeetingsTable(db: Db, fiscalYear: number): Promise<ReportTable> {
  const meetings = await listMeetings(db, { kind: 'cdo_forum', fiscalYear });
  const commitments = await listCommitments(db, { meetingIds: meetings.map((m) => m.id) });
  const rows = meetings.map((m) => {
    const made = commitments.filter((c) => c.meetingId === m.id);
    return [
      text(formatWareki(m.heldOn)),
      text(m.agenda.map((a) => `・${a}`).join('\n')),
      text(
        made
          .map(
            (c) =>
              `${c.title}（${c.ownerOrgName}、期限 ${formatWareki(c.dueOn)}、${COMMITMENT_STATUS_LABELS[c.status]}${c.closedOn ? ` ${formatWareki(c.closedOn)}` : ''}）`,
          )
          .join('\n') || '－',
      ),
    ];
  });
  return {
    key: 'forumMeetings',
    caption: `県・市町CDOフォーラムの開催実績（${formatFiscalYear(fiscalYear)}、${meetings.length}回、資料 p.24）`,
    head: [['開催日', '内容', 'コミット（担当・期限・状況）']],
    rows: rows.length > 0 ? rows : [noneRow(3, 'この年度の開催の記録はありません')],
    notes: [],
  };
}

/** p.26: the 担当者会議 of the 年度 by common theme — how many, and when. */
export async function workingGroupsTable(db: Db, fiscalYear: number): Promise<ReportTable> {
  const meetings = await listMeetings(db, { kind: 'working_group', fiscalYear });
  const themes = new Map<string, typeof meetings>();
  for (const m of meetings) {
    const theme = m.theme ?? m.title;
    themes.set(theme, [...(themes.get(theme) ?? []), m]);
  }
  const rows = [...themes].map(([theme, list]) => [
    text(theme),
    text([...new Set(list.map((m) => m.title))].join('\n')),
    num(list.length, '回'),
    text(list.map((m) => formatWareki(m.heldOn)).join('、')),
  ]);
  return {
    key: 'workingGroups',
    caption: `担当者会議による共通テーマの共有（${formatFiscalYear(fiscalYear)}、資料 p.26）`,
    head: [['テーマ', '会議', '回数', '開催日']],
    rows: rows.length > 0 ? rows : [noneRow(4, 'この年度の開催の記録はありません')],
    numericFrom: 2,
    notes: [],
  };
}

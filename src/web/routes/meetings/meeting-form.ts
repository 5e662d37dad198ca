import type { MeetingKind } from '../../../domain/community.ts';
import type { NewMeeting } from './meetings-queries.ts';

/** A commitment row of the form, as typed. */
export type CommitmentDraft = { key: number; title: string; ownerOrgCode: string; dueOn: string };

/** The meeting form's state. */
export type MeetingDraft = {
  kind: MeetingKind;
  title: string;
  theme: string;
  heldOn: string;
  /** `HH:MM` or empty. */
  startTime: string;
  /** `HH:MM` or empty. */
  endTime: string;
  location: string;
  agendaText: string;
  minutes: string;
  attendeeCodes: string[];
  commitments: CommitmentDraft[];
};

/** The form as it opens. */
export const EMPTY_MEETING_DRAFT: MeetingDraft = {
  kind: 'acceleration_cycle',
  title: '',
  theme: '',
  heldOn: '',
  startTime: '',
  endTime: '',
  location: '',
  agendaText: '',
  minutes: '',
  attendeeCodes: [],
  commitments: [],
};

/** Default names of meetings by kind, offered when the title is left empty. */
export const DEFAULT_TITLES: Record<MeetingKind, string> = {
  cdo_forum: '県・市町CDOフォーラム',
  acceleration_cycle: 'ひろしまDX加速サイクル',
  working_group: '自治体ＤＸ推進に係る広島県・市町担当者連絡調整会議',
};

/** The request body for POST /api/meetings: agenda one item per line, blank commitment rows left out. */
export function toNewMeeting(d: MeetingDraft): NewMeeting {
  return {
    kind: d.kind,
    title: d.title.trim() || DEFAULT_TITLES[d.kind],
    theme: d.theme.trim() || null,
    heldOn: d.heldOn,
    startTime: d.startTime || null,
    endTime: d.endTime || null,
    location: d.location,
    agenda: d.agendaText
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0),
    minutes: d.minutes,
    attendees: d.attendeeCodes.map((orgCode) => ({
      orgCode,
      organisationName: '',
      personName: '',
      title: '',
    })),
    commitments: d.commitments
      .filter((c) => c.title.trim() || c.dueOn)
      .map((c) => ({ title: c.title, ownerOrgCode: c.ownerOrgCode, dueOn: c.dueOn, detail: '' })),
  };
}

/** The meeting's hours as shown: 「14:00〜16:00」, 「14:00〜」, or null without a start. */
export function timeRangeLabel(m: { startTime: string | null; endTime: string | null }): string | null {
  if (!m.startTime) return null;
  return `${m.startTime}〜${m.endTime ?? ''}`;
}

/** Japanese names of the fields the API reports issues for. */
export function fieldLabel(path: string): string {
  const [head, index, field] = path.split('.');
  const names: Record<string, string> = {
    kind: '種別',
    title: '会議名',
    theme: 'テーマ',
    heldOn: '開催日',
    startTime: '開始時刻',
    endTime: '終了時刻',
    location: '場所・方法',
    agenda: '議題',
    minutes: '議事録',
  };
  if (head === 'commitments') {
    const sub: Record<string, string> = { title: '内容', ownerOrgCode: '担当団体', dueOn: '期限' };
    return `コミットメント${Number(index) + 1}の${sub[field ?? ''] ?? field}`;
  }
  if (head === 'attendees') return '出席団体';
  return names[head ?? ''] ?? path;
}

import { describe, expect, it } from 'vitest';
import {
  draftOfPractice,
  emptyPracticeDraft,
  practiceYears,
  splitThemes,
  toNewPractice,
  toPracticeChange,
} from './practice-form.ts';
import type { PracticeDetail } from './practices-queries.ts';

const saved = {
  id: 3,
  orgCode: '342157',
  orgName: '江田島市',
  title: '書かない窓口',
  category: '好事例',
  fiscalYear: 2024,
  fiscalYearLabel: '令和6年度',
  themes: ['窓口', '島しょ部', 'オンライン申請'],
  funding: null,
  status: '実施中',
  summary: '概要',
  outcome: null,
  contact: '市民課',
  reuseCount: 0,
  commentCount: 0,
  attachmentCount: 0,
  version: 1,
  updatedAt: '2025-01-01T00:00:00.000Z',
  attachments: [],
  comments: [],
  adoptions: [],
} satisfies PracticeDetail;

describe('practice form', () => {
  it('splits themes into the suggested ones and the others, and joins them back', () => {
    const draft = draftOfPractice(saved);
    expect(draft.themes).toEqual(['窓口', 'オンライン申請']);
    expect(draft.otherThemes).toBe('島しょ部');
    expect(toPracticeChange(draft)).toEqual({
      title: '書かない窓口',
      category: '好事例',
      fiscalYear: 2024,
      themes: ['窓口', 'オンライン申請', '島しょ部'],
      funding: null,
      status: '実施中',
      summary: '概要',
      outcome: null,
      contact: '市民課',
    });
  });

  it('reads other themes separated by 、 or commas', () => {
    expect(splitThemes(' 島しょ部、 高齢者,見守り， ,')).toEqual(['島しょ部', '高齢者', '見守り']);
  });

  it('registers a new initiative for the body in the current 年度', () => {
    const draft = emptyPracticeDraft('342157', new Date('2025-05-01T00:00:00+09:00'));
    expect(toNewPractice(draft)).toMatchObject({ orgCode: '342157', fiscalYear: 2025, category: '好事例' });
  });

  it('offers 年度 from 令和元年度 to next year, newest first, and keeps an older saved one', () => {
    const now = new Date('2025-05-01T00:00:00+09:00');
    expect(practiceYears(2025, now)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019]);
    expect(practiceYears(2016, now).at(-1)).toBe(2016);
  });
});

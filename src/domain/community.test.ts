import { describe, expect, it } from 'vitest';
import { isOverdue, MEETING_KIND_LABELS, MEETING_KINDS } from './community.ts';

describe('community rules', () => {
  it('names the three meeting kinds of the program document', () => {
    expect(MEETING_KINDS.map((k) => MEETING_KIND_LABELS[k])).toEqual([
      '県・市町CDOフォーラム',
      'ひろしまDX加速サイクル',
      '担当者会議',
    ]);
  });

  it('counts an open commitment as overdue only after its due date', () => {
    expect(isOverdue('open', '2024-03-31', '2024-04-01')).toBe(true);
    expect(isOverdue('open', '2024-04-01', '2024-04-01')).toBe(false);
    expect(isOverdue('done', '2023-01-01', '2024-04-01')).toBe(false);
    expect(isOverdue('cancelled', '2023-01-01', '2024-04-01')).toBe(false);
  });
});

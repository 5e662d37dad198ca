import { describe, expect, it } from 'vitest';
import { isOverdue, MEETING_KIND_LABELS, MEETING_KINDS, mayUpdateCommitment } from './community.ts';

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

describe('mayUpdateCommitment', () => {
  it('allows the office, officers and the owner body’s manager only', () => {
    expect(mayUpdateCommitment('admin', '340006', '342157')).toBe(true);
    expect(mayUpdateCommitment('talent_officer', '340006', '342157')).toBe(true);
    expect(mayUpdateCommitment('municipal_manager', '342157', '342157')).toBe(true);
    expect(mayUpdateCommitment('municipal_manager', '342025', '342157')).toBe(false);
    expect(mayUpdateCommitment('municipal_staff', '342157', '342157')).toBe(false);
    expect(mayUpdateCommitment('viewer', '342157', '342157')).toBe(false);
  });
});

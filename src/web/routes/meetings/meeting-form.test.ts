import { describe, expect, it } from 'vitest';
import { EMPTY_MEETING_DRAFT, timeRangeLabel, toNewMeeting } from './meeting-form.ts';

const draft = { ...EMPTY_MEETING_DRAFT, heldOn: '2025-05-20' };

describe('toNewMeeting', () => {
  it('sends empty hours as null and typed hours as they are', () => {
    expect(toNewMeeting(draft)).toMatchObject({ startTime: null, endTime: null });
    expect(toNewMeeting({ ...draft, startTime: '14:00', endTime: '16:30' })).toMatchObject({
      startTime: '14:00',
      endTime: '16:30',
    });
  });
});

describe('timeRangeLabel', () => {
  it('shows start and end, a start alone, and nothing without a start', () => {
    expect(timeRangeLabel({ startTime: '14:00', endTime: '16:30' })).toBe('14:00〜16:30');
    expect(timeRangeLabel({ startTime: '09:30', endTime: null })).toBe('09:30〜');
    expect(timeRangeLabel({ startTime: null, endTime: null })).toBeNull();
  });
});

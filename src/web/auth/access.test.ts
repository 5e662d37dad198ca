import { describe, expect, it } from 'vitest';
import { mayEditRecordOf } from './access.ts';

const etajima = '342157';
const kure = '342025';

describe('mayEditRecordOf', () => {
  it('lets a body’s manager and staff edit their own records only', () => {
    for (const role of ['municipal_manager', 'municipal_staff'] as const) {
      expect(mayEditRecordOf({ role, body: { code: etajima } }, etajima)).toBe(true);
      expect(mayEditRecordOf({ role, body: { code: etajima } }, kure)).toBe(false);
    }
  });

  it('lets admins edit every body’s records', () => {
    expect(mayEditRecordOf({ role: 'admin', body: { code: '340006' } }, etajima)).toBe(true);
  });

  it('never lets the reading roles edit, even their own body’s', () => {
    for (const role of ['talent_officer', 'member', 'viewer'] as const) {
      expect(mayEditRecordOf({ role, body: { code: etajima } }, etajima)).toBe(false);
    }
  });
});

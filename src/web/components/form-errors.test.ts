import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { CHECK_INPUT_MESSAGE, fieldOf, formFailure, issuesByField } from './form-errors.ts';

describe('issuesByField', () => {
  it('groups messages by the first part of the path, in order, without repeats', () => {
    const byField = issuesByField([
      { path: 'contractEnd', message: '契約終了日が契約開始日より前です' },
      { path: 'themes.0', message: '50文字以内で入力してください' },
      { path: 'themes.3', message: '50文字以内で入力してください' },
      { path: 'themes', message: 'テーマは10個までです' },
    ]);
    expect([...byField.keys()]).toEqual(['contractEnd', 'themes']);
    expect(byField.get('themes')).toEqual(['50文字以内で入力してください', 'テーマは10個までです']);
  });

  it('keeps a form-wide issue under the empty field name', () => {
    expect(fieldOf({ path: '', message: 'x' })).toBe('');
    expect(issuesByField([{ path: '', message: 'x' }]).get('')).toEqual(['x']);
  });
});

describe('formFailure', () => {
  const apiError = new ApiError(400, 'VALIDATION_FAILED', '入力内容に誤りがあります。', [
    { path: 'name', message: 'システム名を入力してください' },
  ]);

  it('is nothing before a failed save', () => {
    expect(formFailure(null, [])).toBeNull();
  });

  it("carries the API's message and per-field issues", () => {
    expect(formFailure(apiError, [])).toEqual({
      message: '入力内容に誤りがあります。',
      issues: [{ path: 'name', message: 'システム名を入力してください' }],
      stale: false,
    });
  });

  it('prefers the issues found in the browser (nothing was sent)', () => {
    const local = [{ path: 'yearlyCost', message: '年間経費は円単位の整数で入力してください' }];
    expect(formFailure(apiError, local)).toEqual({ message: CHECK_INPUT_MESSAGE, issues: local });
  });

  it('shows any other error by its message, with no field issues', () => {
    const forbidden = new ApiError(403, 'FORBIDDEN', 'この操作を行う権限がありません。');
    expect(formFailure(forbidden, [])).toEqual({
      message: 'この操作を行う権限がありません。',
      issues: [],
      stale: false,
    });
    expect(formFailure(new Error('boom'), [])?.message).toMatch(/システムエラー/);
  });

  it('marks a refusal because the record changed since (412) as stale, to offer the latest version', () => {
    const stale = new ApiError(412, 'STALE_VERSION', 'ほかの人がこの記録を変更しました。');
    expect(formFailure(stale, [])).toMatchObject({ stale: true, issues: [] });
  });
});

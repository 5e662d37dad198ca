import { describe, expect, it } from 'vitest';
import { BODY_TYPES, type BodyType, ROLE_LABELS, ROLES, type Role, seesAllBodies } from './roles.ts';

describe('ROLES', () => {
  it('lists the six roles in order', () => {
    expect(ROLES).toEqual([
      'admin',
      'talent_officer',
      'municipal_manager',
      'municipal_staff',
      'member',
      'viewer',
    ]);
  });
});

describe('ROLE_LABELS', () => {
  it('gives the Japanese label of every role', () => {
    const expected: Record<Role, string> = {
      admin: '県DX推進チーム（管理者）',
      talent_officer: '人材機構 人事担当',
      municipal_manager: '団体DX責任者',
      municipal_staff: '団体DX担当',
      member: '共通人材',
      viewer: '閲覧者（CDOフォーラム等）',
    };
    expect(ROLE_LABELS).toEqual(expected);
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ROLES].sort());
  });

  it('has distinct labels so that no two roles look alike on screen', () => {
    expect(new Set(Object.values(ROLE_LABELS)).size).toBe(ROLES.length);
  });

  it('cannot be modified at run time', () => {
    expect(Object.isFrozen(ROLE_LABELS)).toBe(true);
  });
});

describe('seesAllBodies', () => {
  it.each([
    ['admin', true],
    ['talent_officer', true],
    ['municipal_manager', false],
    ['municipal_staff', false],
    ['member', false],
    ['viewer', false],
  ] satisfies [Role, boolean][])('%s → %s', (role, expected) => {
    expect(seesAllBodies(role)).toBe(expected);
  });

  it('is decided for every role in ROLES', () => {
    expect(ROLES.filter(seesAllBodies)).toEqual(['admin', 'talent_officer']);
  });
});

describe('BODY_TYPES', () => {
  it('lists 県, 市 and 町', () => {
    const expected: readonly BodyType[] = ['県', '市', '町'];
    expect(BODY_TYPES).toEqual(expected);
  });
});

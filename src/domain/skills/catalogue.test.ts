import { describe, expect, it } from 'vitest';
import { isSkillItemCode, SKILL_CATEGORIES, SKILL_ITEM_CODES, SKILL_ITEMS } from './catalogue.ts';

describe('the skill catalogue', () => {
  it('has categories with items, every code unique across the catalogue', () => {
    expect(SKILL_CATEGORIES.length).toBeGreaterThanOrEqual(5);
    expect(SKILL_CATEGORIES.every((c) => c.items.length > 0)).toBe(true);
    const categoryCodes = SKILL_CATEGORIES.map((c) => c.code);
    expect(new Set(categoryCodes).size).toBe(categoryCodes.length);
    expect(new Set(SKILL_ITEM_CODES).size).toBe(SKILL_ITEM_CODES.length);
  });

  it('flattens items in catalogue order with their category', () => {
    const flattened = SKILL_CATEGORIES.flatMap((c) => c.items.map((i) => `${c.code}/${i.code}`));
    expect(SKILL_ITEMS.map((i) => `${i.categoryCode}/${i.code}`)).toEqual(flattened);
    expect(SKILL_ITEMS.find((i) => i.code === 'cloud')?.categoryName).toBe('テクノロジー');
  });

  it('recognises item codes and nothing else', () => {
    for (const code of SKILL_ITEM_CODES) expect(isSkillItemCode(code)).toBe(true);
    for (const code of ['', 'technology', 'Cloud', 'cloud ', 'strategy,bpr'])
      expect(isSkillItemCode(code)).toBe(false);
  });
});

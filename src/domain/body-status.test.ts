import { describe, expect, it } from 'vitest';
import { bodyStatusLabel } from './body-status.ts';

describe('bodyStatusLabel', () => {
  it('names the prefecture 運営 whatever the year, a 市町 参画 or 不参画', () => {
    expect(bodyStatusLabel({ type: '県' }, false)).toBe('運営');
    expect(bodyStatusLabel({ type: '県' }, true)).toBe('運営');
    expect(bodyStatusLabel({ type: '市' }, true)).toBe('参画');
    expect(bodyStatusLabel({ type: '町' }, false)).toBe('不参画');
  });
});

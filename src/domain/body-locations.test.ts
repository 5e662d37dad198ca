import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BODY_LOCATIONS, distanceKm } from './body-locations.ts';

const codes = readFileSync(new URL('../db/reference/bodies.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[0] ?? '');

describe('body locations', () => {
  it('has a location inside Hiroshima Prefecture for each of the 24 bodies', () => {
    expect(codes).toHaveLength(24);
    for (const code of codes) {
      const p = BODY_LOCATIONS[code];
      expect(p, code).toBeDefined();
      expect(p!.lat).toBeGreaterThan(34.0);
      expect(p!.lat).toBeLessThan(35.2);
      expect(p!.lon).toBeGreaterThan(132.0);
      expect(p!.lon).toBeLessThan(133.5);
    }
  });

  it('measures known distances roughly right (広島市–福山市 ≈ 85 km, 広島市–呉市 ≈ 20 km)', () => {
    expect(distanceKm('341002', '342076')).toBeGreaterThan(80);
    expect(distanceKm('341002', '342076')).toBeLessThan(90);
    expect(distanceKm('341002', '342025')).toBeGreaterThan(15);
    expect(distanceKm('341002', '342025')).toBeLessThan(25);
    expect(distanceKm('341002', '999999')).toBeUndefined();
  });

  it('is a metric on the bodies: zero to itself, symmetric, triangle inequality', () => {
    const code = fc.constantFrom(...codes);
    fc.assert(
      fc.property(code, code, code, (a, b, c) => {
        expect(distanceKm(a, a)).toBe(0);
        expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a)!, 9);
        expect(distanceKm(a, c)!).toBeLessThanOrEqual(distanceKm(a, b)! + distanceKm(b, c)! + 1e-9);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairTable } from './int-table.ts';
import { decodeSlots, varintLength, writeVarint } from './varint.ts';

describe('varints', () => {
  it('round-trip increasing slot lists, with lengths as announced', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 31 - 2 }), { maxLength: 50 }), (values) => {
        const slots = [...values].sort((a, b) => a - b);
        let size = 0;
        let previous = -1;
        for (const slot of slots) {
          size += varintLength(slot - previous);
          previous = slot;
        }
        const bytes = new Uint8Array(size);
        let end = 0;
        previous = -1;
        for (const slot of slots) {
          end = writeVarint(bytes, end, slot - previous);
          previous = slot;
        }
        expect(end).toBe(size);
        const out = new Int32Array(slots.length);
        expect(decodeSlots(bytes, 0, end, out, slots.length)).toBe(slots.length);
        expect([...out]).toEqual(slots);
        // A limit stops early; an offset shifts values and drops those below it.
        expect(decodeSlots(bytes, 0, end, out, 1)).toBe(Math.min(1, slots.length));
        const shifted = new Int32Array(slots.length);
        const kept = decodeSlots(bytes, 0, end, shifted, slots.length, 1000);
        expect([...shifted.subarray(0, kept)]).toEqual(slots.filter((s) => s >= 1000).map((s) => s - 1000));
      }),
    );
  });
});

describe('PairTable', () => {
  it('behaves like a Map keyed by pairs, through growth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.nat(0xffff))),
        (pairs) => {
          const table = new PairTable(2);
          const model = new Map<string, number>();
          for (const [high, low] of pairs) {
            const fresh = model.size;
            const value = table.getOrInsert(high, low, fresh);
            const known = model.get(`${high},${low}`);
            expect(value).toBe(known ?? fresh);
            if (known === undefined) model.set(`${high},${low}`, fresh);
          }
          expect(table.size).toBe(model.size);
          for (const [key, value] of model) {
            const [high, low] = key.split(',').map(Number) as [number, number];
            expect(table.get(high, low)).toBe(value);
          }
          expect(table.get(12345, 0x10000)).toBe(-1);
          table.trim();
          expect(table.size).toBe(model.size);
          for (const [key, value] of model) {
            const [high, low] = key.split(',').map(Number) as [number, number];
            expect(table.get(high, low)).toBe(value);
          }
        },
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { isStandardBusiness } from '../../domain/standard-businesses.ts';
import { SystemCreateSchema } from '../../server/features/inventory/inventory.schema.ts';
import { buildInventoryDemo } from './inventory-demo.ts';
import { JOINT_SYSTEMS } from './joint-systems-demo-data.ts';

const NOW = new Date('2024-10-01T00:00:00+09:00');

describe('demo 台帳', () => {
  const rows = buildInventoryDemo(NOW);

  it('has the seed’s scale: 455 systems of the prefecture and 465 of the 23 市町', () => {
    expect(rows.filter((r) => r.orgCode === '340006')).toHaveLength(455);
    const municipal = rows.filter((r) => r.orgCode !== '340006');
    expect(municipal).toHaveLength(465);
    expect(new Set(municipal.map((r) => r.orgCode)).size).toBe(23);
  });

  it('is deterministic and valid by the API’s schema', () => {
    expect(buildInventoryDemo(NOW)).toEqual(rows);
    for (const row of rows) expect(SystemCreateSchema.safeParse(row).success).toBe(true);
  });

  it('has the shape of a real 台帳: the 20 businesses only at 市町, core packages, invented vendors', () => {
    expect(rows.filter((r) => r.orgCode === '340006').every((r) => r.business === 'その他')).toBe(true);
    const etajima = rows.filter((r) => r.orgCode === '342157');
    expect(etajima.some((r) => r.business === '住民基本台帳')).toBe(true);
    expect(rows.filter((r) => isStandardBusiness(r.business)).every((r) => r.migrationStep)).toBe(true);
    expect(rows.every((r) => r.vendor === null || r.vendor?.includes('（架空）'))).toBe(true);
  });

  it('records each participant’s share of the joint systems', () => {
    const denshi = JOINT_SYSTEMS.find((j) => j.service === '電子申請');
    const kure = rows.find((r) => r.orgCode === '342025' && r.category === '電子申請');
    expect(kure).toMatchObject({ vendor: denshi?.vendor, contractEnd: denshi?.contractEnd });
  });
});

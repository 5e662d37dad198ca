import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type BoundaryCollection, type LabelText, visibleMapLabels } from './map-labels.ts';
import { MAP_ASPECT, MAP_ASPECT_SCALE, MAP_LABEL_FONT_SIZE } from './map-option.ts';

const boundaries = JSON.parse(
  readFileSync(new URL('../../assets/hiroshima-municipalities.geojson', import.meta.url), 'utf8'),
) as {
  features: {
    properties: { code: string; name: string };
    geometry: BoundaryCollection['features'][number]['geometry'];
  }[];
};

const layout = { aspectScale: MAP_ASPECT_SCALE, fontSize: MAP_LABEL_FONT_SIZE };
const AKI_TOWNS = ['343021', '343048', '343072', '343099']; // 府中町, 海田町, 熊野町, 坂町: beside 広島市

/** Every 市町 with one person assigned, except those listed with none. */
function texts(withNone: readonly string[] = []): LabelText[] {
  return boundaries.features.map((f) => ({
    code: f.properties.code,
    name: f.properties.name,
    assigned: withNone.includes(f.properties.code) ? 0 : 1,
  }));
}

const at = (width: number, labels = texts()) =>
  visibleMapLabels(boundaries, labels, width, width / MAP_ASPECT, layout);

describe('labels of the 23 市町 that do not collide', () => {
  it('has the 23 市町 and their codes', () => {
    expect(boundaries.features).toHaveLength(23);
    for (const code of AKI_TOWNS)
      expect(boundaries.features.some((f) => f.properties.code === code)).toBe(true);
  });

  it('on a phone (about 340 px of map) leaves off some of the small towns beside 広島市, not the large 市町', () => {
    const shown = at(340);
    expect(shown.size).toBeLessThan(23);
    expect(AKI_TOWNS.filter((c) => shown.has(c)).length).toBeLessThan(AKI_TOWNS.length);
    for (const large of ['341002', '342076', '342122', '342084']) expect(shown.has(large)).toBe(true); // 広島市 福山市 東広島市 三次市
  });

  it('shows more labels on a wide map than on a phone, and every label when the map is very large', () => {
    expect(at(750).size).toBeGreaterThan(at(340).size);
    expect(at(6000).size).toBe(23);
  });

  it('places the 市町 with people assigned before those without', () => {
    const saka = '343099';
    const onlySaka = texts(boundaries.features.map((f) => f.properties.code).filter((c) => c !== saka));
    expect(at(340).has(saka)).toBe(false);
    expect(at(340, onlySaka).has(saka)).toBe(true);
  });

  it('labels only the 市町 it is given texts for', () => {
    const only = texts().slice(0, 3);
    expect([...at(750, only)].every((code) => only.some((t) => t.code === code))).toBe(true);
  });
});

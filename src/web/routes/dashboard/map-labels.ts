/**
 * Which 市町 of the map are labelled at a given width: every label is placed where ECharts draws it (the
 * centroid of the 市町's largest polygon), measured as the text it shows, and a label that would overlap
 * one already placed is left off — bodies with people assigned first, then the larger ones. A label left
 * off still shows when the 市町 is hovered or tapped, and the table under the map has every figure.
 * ECharts' own `labelLayout.hideOverlap` does not apply to map series, hence this.
 *
 * Pure module: no imports of the app, no DOM.
 */

type Ring = readonly (readonly number[])[];
type Geometry =
  | { type: 'Polygon'; coordinates: readonly Ring[] }
  | { type: 'MultiPolygon'; coordinates: readonly (readonly Ring[])[] };

/** The part of the boundaries' GeoJSON this module reads. */
export type BoundaryCollection = {
  features: readonly { properties: { code: string }; geometry: Geometry }[];
};

/** What a label says: the body's name, and its count when people are assigned. */
export type LabelText = { code: string; name: string; assigned: number };

/** How the map is drawn: the aspect scale applied to longitudes and the label font size, in px. */
export type MapLayout = { aspectScale: number; fontSize: number };

type Box = { left: number; top: number; right: number; bottom: number };

/** Signed area and centroid of a ring (shoelace formula), in degrees. */
function ringCentroid(ring: Ring): { area: number; x: number; y: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0 = 0, y0 = 0] = ring[j] ?? [];
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  area /= 2;
  return area === 0
    ? { area: 0, x: ring[0]?.[0] ?? 0, y: ring[0]?.[1] ?? 0 }
    : { area, x: cx / (6 * area), y: cy / (6 * area) };
}

/** The centroid of a geometry's largest polygon (its outer ring) and the geometry's total area. */
function anchorOf(geometry: Geometry): { x: number; y: number; area: number } {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = { area: -1, x: 0, y: 0 };
  let total = 0;
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (!outer) continue;
    const c = ringCentroid(outer);
    const area = Math.abs(c.area);
    total += area;
    if (area > best.area) best = { area, x: c.x, y: c.y };
  }
  return { x: best.x, y: best.y, area: total };
}

/** Longitude/latitude extent of every coordinate. */
function extentOf(collection: BoundaryCollection) {
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const { geometry } of collection.features) {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons) {
      for (const [x = 0, y = 0] of polygon[0] ?? []) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
  }
  return { minX, maxX, minY, maxY };
}

/** The label's box around its anchor: full-width characters of `fontSize`, 1.25 line height. */
function labelBox(text: LabelText, x: number, y: number, fontSize: number): Box {
  const lines = text.assigned > 0 ? [text.name, `${text.assigned}名`] : [text.name];
  const width = Math.max(...lines.map((l) => l.length)) * fontSize;
  const height = lines.length * fontSize * 1.25;
  return { left: x - width / 2, right: x + width / 2, top: y - height / 2, bottom: y + height / 2 };
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The codes of the 市町 whose labels fit without overlapping, on a map `widthPx` wide and `heightPx` high
 * (the boundaries fitted into it as ECharts fits them: centred, their longest side filling the smaller
 * dimension).
 */
export function visibleMapLabels(
  collection: BoundaryCollection,
  texts: readonly LabelText[],
  widthPx: number,
  heightPx: number,
  layout: MapLayout,
): Set<string> {
  const { minX, maxX, minY, maxY } = extentOf(collection);
  const spanX = (maxX - minX) * layout.aspectScale;
  const spanY = maxY - minY;
  const size = Math.min(widthPx, heightPx);
  const scale = spanX >= spanY ? size / spanX : size / spanY;
  const offsetX = (widthPx - spanX * scale) / 2;
  const offsetY = (heightPx - spanY * scale) / 2;
  const textOf = new Map(texts.map((t) => [t.code, t]));
  const candidates = collection.features
    .map((f) => ({ text: textOf.get(f.properties.code), anchor: anchorOf(f.geometry) }))
    .filter(
      (c): c is { text: LabelText; anchor: { x: number; y: number; area: number } } => c.text !== undefined,
    )
    .sort(
      (a, b) => Number(b.text.assigned > 0) - Number(a.text.assigned > 0) || b.anchor.area - a.anchor.area,
    );
  const placed: Box[] = [];
  const visible = new Set<string>();
  for (const { text, anchor } of candidates) {
    const x = offsetX + (anchor.x - minX) * layout.aspectScale * scale;
    const y = offsetY + (maxY - anchor.y) * scale;
    const box = labelBox(text, x, y, layout.fontSize);
    if (placed.some((p) => overlaps(p, box))) continue;
    placed.push(box);
    visible.add(text.code);
  }
  return visible;
}

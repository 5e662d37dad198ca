/**
 * Approximate city-hall (県庁) coordinates of the 24 bodies, keyed by 全国地方公共団体コード — for
 * commute distance in matching and the schematic map. Accurate to about a kilometre; no map data is
 * fetched at run time. Pure module.
 */
export const BODY_LOCATIONS: Readonly<Record<string, { lat: number; lon: number }>> = Object.freeze({
  '340006': { lat: 34.397, lon: 132.46 }, // 広島県庁
  '341002': { lat: 34.385, lon: 132.455 }, // 広島市
  '342025': { lat: 34.249, lon: 132.566 }, // 呉市
  '342033': { lat: 34.342, lon: 132.907 }, // 竹原市
  '342041': { lat: 34.398, lon: 133.079 }, // 三原市
  '342050': { lat: 34.409, lon: 133.205 }, // 尾道市
  '342076': { lat: 34.486, lon: 133.363 }, // 福山市
  '342084': { lat: 34.568, lon: 133.236 }, // 府中市
  '342092': { lat: 34.806, lon: 132.852 }, // 三次市
  '342106': { lat: 34.858, lon: 133.018 }, // 庄原市
  '342114': { lat: 34.238, lon: 132.222 }, // 大竹市
  '342122': { lat: 34.426, lon: 132.743 }, // 東広島市
  '342131': { lat: 34.349, lon: 132.332 }, // 廿日市市
  '342149': { lat: 34.663, lon: 132.706 }, // 安芸高田市
  '342157': { lat: 34.17, lon: 132.443 }, // 江田島市
  '343021': { lat: 34.393, lon: 132.504 }, // 府中町
  '343048': { lat: 34.372, lon: 132.536 }, // 海田町
  '343072': { lat: 34.336, lon: 132.585 }, // 熊野町
  '343099': { lat: 34.343, lon: 132.513 }, // 坂町
  '343684': { lat: 34.578, lon: 132.227 }, // 安芸太田町
  '343692': { lat: 34.674, lon: 132.538 }, // 北広島町
  '344311': { lat: 34.244, lon: 132.909 }, // 大崎上島町
  '344621': { lat: 34.587, lon: 133.056 }, // 世羅町
  '345458': { lat: 34.709, lon: 133.274 }, // 神石高原町
});

/** Great-circle distance in km between two bodies' offices; undefined when either is unknown. */
export function distanceKm(fromCode: string, toCode: string): number | undefined {
  const a = BODY_LOCATIONS[fromCode];
  const b = BODY_LOCATIONS[toCode];
  if (!a || !b) return undefined;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

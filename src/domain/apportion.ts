/**
 * Splitting a whole number over weighted parts (largest-remainder method, Hamilton). Pure module.
 */

/**
 * Splits `total` (a non-negative integer) into integers proportional to `weights`, summing exactly to
 * `total`: each part gets the floor of its share, and the units left over go to the largest
 * remainders, ties to the earlier part. All-zero weights split evenly. An empty list answers [].
 *
 * @throws RangeError when `total` is not a non-negative integer or a weight is negative or not finite.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0)
    throw new RangeError(`total must be a non-negative integer: ${total}`);
  if (weights.some((w) => !Number.isFinite(w) || w < 0))
    throw new RangeError('weights must be finite and ≥ 0');
  if (weights.length === 0) return [];
  const effective = weights.every((w) => w === 0) ? weights.map(() => 1) : weights;
  const sum = effective.reduce((s, w) => s + w, 0);
  const exact = effective.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((s, p) => s + p, 0);
  const order = exact
    .map((x, i) => ({ i, remainder: x - Math.floor(x) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts;
}

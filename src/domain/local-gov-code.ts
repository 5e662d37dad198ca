/**
 * 全国地方公共団体コード (nationwide local-government code), e.g. 340006 広島県, 341002 広島市.
 *
 * Six digits: two for the prefecture, three for the body within it, and a check digit computed
 * from the first five (総務省 rule: weights 6,5,4,3,2, modulus 11). The 5-digit form without the
 * check digit also circulates, so codes coming from other systems should be validated here.
 *
 * Pure module: no imports outside src/domain, no npm dependencies.
 */

const CHECK_WEIGHTS = [6, 5, 4, 3, 2] as const;

/**
 * The check digit for the first five digits of a code: with weights 6,5,4,3,2,
 * r = (Σ digit × weight) mod 11 and check = (11 − r) mod 10. Example: `34000` → 6 (340006 広島県).
 *
 * @throws RangeError unless `firstFive` is exactly five ASCII digits.
 */
export function localGovCheckDigit(firstFive: string): number {
  if (!/^[0-9]{5}$/.test(firstFive)) {
    throw new RangeError(`expected exactly 5 ASCII digits: ${JSON.stringify(firstFive)}`);
  }
  let sum = 0;
  for (let i = 0; i < CHECK_WEIGHTS.length; i++) {
    sum += Number(firstFive[i]) * CHECK_WEIGHTS[i]!;
  }
  // r = 0 gives 11 and r = 1 gives 10; the final "mod 10" maps them to 1 and 0, as the 総務省 rule does.
  return (11 - (sum % 11)) % 10;
}

/**
 * Whether `code` is a well-formed 全国地方公共団体コード: exactly six ASCII digits (no 全角 digits,
 * spaces or hyphens) whose last digit is the check digit of the first five. It does not check that
 * the body exists.
 */
export function isValidLocalGovCode(code: string): boolean {
  if (!/^[0-9]{6}$/.test(code)) return false;
  return localGovCheckDigit(code.slice(0, 5)) === Number(code[5]);
}

/**
 * The 2-digit prefecture code (都道府県コード) of a body: `342025` (呉市) → `'34'` (広島県).
 *
 * @throws RangeError unless `code` passes {@link isValidLocalGovCode}, so that a mistyped code never
 *   yields a plausible-looking prefecture.
 */
export function prefectureCodeOf(code: string): string {
  if (!isValidLocalGovCode(code)) {
    throw new RangeError(`not a valid local government code: ${JSON.stringify(code)}`);
  }
  return code.slice(0, 2);
}

import { z } from '@hono/zod-openapi';

const MAX_SERIAL = 2_147_483_647;

/**
 * A serial id in a path or query: strict decimal digits, no sign, exponent, spaces or leading zeros
 * (`z.coerce.number()` would read `1e3` as 1000 and ` 1 ` as 1), within PostgreSQL's `integer`.
 */
export const SerialId = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, 'ID は 1 以上の整数（10進数の数字のみ）で指定してください')
  .transform(Number)
  .pipe(z.number().max(MAX_SERIAL, 'ID が大きすぎます'));

/** A UUID in a path or query (any version; lower or upper case hex). */
export const UuidId = z
  .string()
  .regex(
    /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
    'ID の形式が正しくありません',
  );

/** Path parameters `{ id }` of a serial id, documented for OpenAPI. */
export const SerialIdParams = z.object({
  id: SerialId.openapi({ param: { name: 'id', in: 'path' }, example: '1', type: 'integer' }),
});

/** A `bigserial` id (an audit entry's) in a path or query: strict decimal within JavaScript's safe integers. */
export const BigSerialId = z
  .string()
  .regex(/^[1-9]\d{0,15}$/, 'ID は 1 以上の整数（10進数の数字のみ）で指定してください')
  .transform(Number)
  .pipe(z.number().max(Number.MAX_SAFE_INTEGER, 'ID が大きすぎます'));

/** A path parameter `name` holding a serial id, documented for OpenAPI. */
export function serialIdParam(name: string) {
  return SerialId.openapi({ param: { name, in: 'path' }, example: '1', type: 'integer' });
}

/** A path parameter `name` holding a UUID, documented for OpenAPI. */
export function uuidIdParam(name: string) {
  return UuidId.openapi({ param: { name, in: 'path' }, format: 'uuid' });
}

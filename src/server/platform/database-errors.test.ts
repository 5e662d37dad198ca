import { describe, expect, it } from 'vitest';
import { sqlStateOf, translateDatabaseError } from './database-errors.ts';

describe('translateDatabaseError', () => {
  it('finds the SQLSTATE in the cause chain a query builder wraps', () => {
    const driver = Object.assign(new Error('duplicate key'), { code: '23505' });
    const wrapped = new Error('Failed query', { cause: driver });
    expect(sqlStateOf(wrapped)).toBe('23505');
    expect(translateDatabaseError(wrapped)).toMatchObject({ status: 409, code: 'CONFLICT' });
  });

  it('maps foreign-key violations, serialization failures and deadlocks to 409', () => {
    for (const code of ['23503', '40001', '40P01', '23P01']) {
      expect(translateDatabaseError(Object.assign(new Error(code), { code })), code).toMatchObject({
        status: 409,
      });
    }
  });

  it('leaves other errors alone (they are bugs to log, not answers)', () => {
    expect(translateDatabaseError(new Error('boom'))).toBeUndefined();
    expect(translateDatabaseError(Object.assign(new Error('x'), { code: '22P05' }))).toBeUndefined();
    expect(translateDatabaseError(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBeUndefined();
    expect(translateDatabaseError(null)).toBeUndefined();
  });
});

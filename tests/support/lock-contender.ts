/**
 * A process that contends for a data-folder lock (run with `node --import tsx`): it waits for a line
 * on stdin (so several start at the same instant), tries once, prints `locked` or the refusal's code,
 * and holds what it got until stdin closes.
 */
import { createInterface } from 'node:readline';
import { lockDataFolder } from '../../src/server/platform/data-folder-lock.ts';
import { AppError } from '../../src/server/platform/errors.ts';

const folder = process.argv[2] ?? '';
const lines = createInterface({ input: process.stdin });
const iterator = lines[Symbol.asyncIterator]();
await iterator.next();
try {
  const lock = await lockDataFolder(folder, 'contender');
  console.log('locked');
  await iterator.next();
  lock.release();
} catch (error) {
  console.log(error instanceof AppError ? error.code : String(error));
}
lines.close();

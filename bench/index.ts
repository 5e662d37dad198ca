/**
 * `npm run bench [filter]`: runs every `bench/*.bench.ts` (or those whose name contains the filter)
 * one after another. Each exports `default async function (): Promise<void>` that prints its figures
 * and the ratio to a reference measured in the same run. Benchmarks never assert on time.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();

for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<void> };
  await mod.default();
}

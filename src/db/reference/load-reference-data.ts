import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { count } from 'drizzle-orm';
import { z } from 'zod';
import { isValidLocalGovCode } from '../../domain/local-gov-code.ts';
import type { Db } from '../../server/platform/db.ts';
import { orgParticipation, orgs } from '../schema/index.ts';

const BodyRowSchema = z.object({
  code: z.string().refine(isValidLocalGovCode, '団体コードの検査数字が正しくありません'),
  name: z.string().min(1),
  kana: z.string().min(1),
  romaji: z.string().min(1),
  type: z.enum(['県', '市', '町']),
});

/** The prefecture and its 23 市町 (official codes, checked), from the bundled CSV. */
export function readBodies(): z.infer<typeof BodyRowSchema>[] {
  const csv = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'bodies.csv'), 'utf8');
  const rows: unknown[] = parse(csv, { columns: true, skip_empty_lines: true });
  return rows.map((r) => BodyRowSchema.parse(r));
}

/**
 * 人材シェア参画市町 per 年度 as the program document states them (p.12, p.20):
 * R5 (2023): 7 市町; R6 (2024): 15 市町. Names here, codes resolved from the body list.
 */
export const PARTICIPATION_BY_FISCAL_YEAR: Record<number, readonly string[]> = {
  2023: ['三原市', '江田島市', '廿日市市', '大竹市', '海田町', '大崎上島町', '安芸太田町'],
  2024: [
    '三原市',
    '江田島市',
    '廿日市市',
    '大竹市',
    '海田町',
    '大崎上島町',
    '安芸太田町',
    '呉市',
    '竹原市',
    '府中市',
    '庄原市',
    '府中町',
    '熊野町',
    '坂町',
    '北広島町',
  ],
};

/**
 * Loads the reference data (bodies and their participation) into an empty database; a database that
 * already has bodies is left alone. Returns whether anything was written.
 */
export async function loadReferenceData(db: Db): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(orgs);
  if ((existing?.n ?? 0) > 0) return false;
  const bodies = readBodies();
  const codeByName = new Map(bodies.map((b) => [b.name, b.code]));
  await db.transaction(async (tx) => {
    await tx.insert(orgs).values(bodies);
    for (const [fiscalYear, names] of Object.entries(PARTICIPATION_BY_FISCAL_YEAR)) {
      await tx.insert(orgParticipation).values(
        names.map((name) => {
          const orgCode = codeByName.get(name);
          if (!orgCode) throw new Error(`参画団体が団体一覧にありません: ${name}`);
          return { orgCode, fiscalYear: Number(fiscalYear) };
        }),
      );
    }
  });
  return true;
}

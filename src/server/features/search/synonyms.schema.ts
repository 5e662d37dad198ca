import { z } from '@hono/zod-openapi';
import { SerialIdParams } from '../../platform/params.ts';

/** A word of the dictionary: one term, no white space (a query is split on white space). */
const Word = z
  .string()
  .trim()
  .min(1, '語を入力してください')
  .max(50, '語は50文字以内で入力してください')
  .refine((w) => !/\s/u.test(w), '語に空白は入れられません（1語ずつ登録してください）');

/** An entry as an admin writes it. */
export const SynonymInputSchema = z
  .object({
    term: Word.openapi({ description: '見出し語（略語など）', example: '住基' }),
    synonyms: z
      .array(Word)
      .min(1, '同じ意味の語を1つ以上入力してください')
      .max(20, '同じ意味の語は20語までです')
      .openapi({ description: '同じ意味の語', example: ['住民基本台帳', '住民記録'] }),
    note: z.string().trim().max(200, '備考は200文字以内で入力してください').nullable().optional(),
  })
  .openapi('SynonymInput');

export type SynonymInput = z.infer<typeof SynonymInputSchema>;

export const SynonymSchema = z
  .object({
    id: z.number().int(),
    term: z.string(),
    synonyms: z.array(z.string()),
    note: z.string().nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .openapi('Synonym');

export const SynonymListSchema = z.object({ items: z.array(SynonymSchema) }).openapi('SynonymList');

export const SynonymIdParams = SerialIdParams;

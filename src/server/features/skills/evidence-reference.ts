import { and, eq } from 'drizzle-orm';
import {
  assignments,
  orgs,
  personCertifications,
  posts,
  trainingCourses,
  trainingPlanItems,
  trainingPlans,
} from '../../../db/schema/index.ts';
import { certificationOf } from '../../../domain/certifications.ts';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const badReference = (message: string) => errors.validation([{ path: 'reference', message }]);

/**
 * Checks what a piece of evidence points to and answers the text it is shown with:
 * - certification: an IPA exam the person holds;
 * - training: a completed training-plan item of the person, from a plan of the sheet's 年度 or before;
 * - ojt: an actual assignment of the person that started by the sheet's 年度, or free text.
 * Throws 400 (on `reference`) for anything else.
 */
export async function describeEvidence(
  db: Db,
  sheet: { personId: string; fiscalYear: number },
  input: { kind: 'certification' | 'training' | 'ojt'; reference?: string | undefined },
): Promise<string> {
  const ref = input.reference;
  switch (input.kind) {
    case 'certification': {
      if (!ref) throw badReference('資格コードを指定してください');
      const [held] = await db
        .select()
        .from(personCertifications)
        .where(and(eq(personCertifications.personId, sheet.personId), eq(personCertifications.code, ref)));
      if (!held) throw badReference('この人材が取得している資格ではありません');
      return `${certificationOf(ref)?.name ?? ref}（${held.passedOn} 合格）`;
    }
    case 'training': {
      const id = ref && /^\d{1,15}$/.test(ref) ? Number(ref) : null;
      if (id === null) throw badReference('修了した研修計画項目のIDを指定してください');
      const [item] = await db
        .select({ course: trainingCourses, item: trainingPlanItems, fiscalYear: trainingPlans.fiscalYear })
        .from(trainingPlanItems)
        .innerJoin(trainingPlans, eq(trainingPlans.id, trainingPlanItems.planId))
        .innerJoin(trainingCourses, eq(trainingCourses.id, trainingPlanItems.courseId))
        .where(and(eq(trainingPlanItems.id, id), eq(trainingPlans.personId, sheet.personId)));
      if (item?.item.status !== 'completed' || item.fiscalYear > sheet.fiscalYear)
        throw badReference(`${formatFiscalYear(sheet.fiscalYear)}までに修了したこの人材の研修ではありません`);
      return `${item.course.name}（${item.course.provider}）${item.item.completedOn ?? ''} 修了`;
    }
    case 'ojt': {
      if (!ref) return '';
      if (!UUID.test(ref)) throw badReference('配属IDの形式が正しくありません');
      const [row] = await db
        .select({
          title: posts.title,
          unit: posts.unit,
          orgName: orgs.name,
          start: assignments.startFiscalYear,
        })
        .from(assignments)
        .innerJoin(posts, eq(posts.id, assignments.postId))
        .innerJoin(orgs, eq(orgs.code, posts.orgCode))
        .where(
          and(
            eq(assignments.id, ref),
            eq(assignments.personId, sheet.personId),
            eq(assignments.status, 'actual'),
          ),
        );
      if (!row || row.start > sheet.fiscalYear) throw badReference('この人材の配属（OJT）ではありません');
      return `${row.orgName} ${row.unit} ${row.title}（${formatFiscalYear(row.start)}〜）`;
    }
  }
}

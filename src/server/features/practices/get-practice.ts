import { asc, eq } from 'drizzle-orm';
import {
  orgs,
  practiceAdoptions,
  practiceAttachments,
  practiceComments,
  practices,
} from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { selectPractices } from './practice-query.ts';
import type { PracticeRow } from './practices.presenter.ts';

/** One initiative; 404 when there is none. */
export async function getPracticeRow(db: Db, id: number): Promise<PracticeRow> {
  const [row] = await selectPractices(db).where(eq(practices.id, id)).limit(1);
  if (!row) throw errors.notFound('施策');
  return row;
}

/** One initiative with its attachments (descriptions), comments and the bodies that adopted it. */
export async function getPractice(db: Db, id: number) {
  const practice = await getPracticeRow(db, id);
  const [attachments, comments, adoptions] = await Promise.all([
    db
      .select({
        id: practiceAttachments.id,
        practiceId: practiceAttachments.practiceId,
        filename: practiceAttachments.filename,
        contentType: practiceAttachments.contentType,
        sizeBytes: practiceAttachments.sizeBytes,
        sha256: practiceAttachments.sha256,
        uploadedBy: practiceAttachments.uploadedBy,
        createdAt: practiceAttachments.createdAt,
      })
      .from(practiceAttachments)
      .where(eq(practiceAttachments.practiceId, id))
      .orderBy(asc(practiceAttachments.createdAt)),
    db
      .select({
        id: practiceComments.id,
        orgCode: practiceComments.orgCode,
        orgName: orgs.name,
        authorName: practiceComments.authorName,
        body: practiceComments.body,
        createdAt: practiceComments.createdAt,
      })
      .from(practiceComments)
      .innerJoin(orgs, eq(orgs.code, practiceComments.orgCode))
      .where(eq(practiceComments.practiceId, id))
      .orderBy(asc(practiceComments.id)),
    db
      .select({
        orgCode: practiceAdoptions.orgCode,
        orgName: orgs.name,
        note: practiceAdoptions.note,
        createdAt: practiceAdoptions.createdAt,
      })
      .from(practiceAdoptions)
      .innerJoin(orgs, eq(orgs.code, practiceAdoptions.orgCode))
      .where(eq(practiceAdoptions.practiceId, id))
      .orderBy(asc(practiceAdoptions.orgCode)),
  ]);
  return { practice, attachments, comments, adoptions };
}

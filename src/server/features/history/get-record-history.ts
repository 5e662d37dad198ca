import { eq } from 'drizzle-orm';
import { posts } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { getMeeting } from '../community/get-meeting.ts';
import { findCommitment } from '../community/list-commitments.ts';
import { getSystem } from '../inventory/get-system.ts';
import { getPracticeRow } from '../practices/get-practice.ts';
import { getPerson } from '../talent/get-person.ts';
import { buildHistory, type HistoryEntry } from './build-history.ts';
import {
  COMMITMENT_HISTORY,
  MEETING_HISTORY,
  PERSON_HISTORY,
  POST_HISTORY,
  PRACTICE_HISTORY,
  SYSTEM_HISTORY,
} from './history-fields.ts';

/** The records whose history can be read. */
export type HistoryKind = 'system' | 'practice' | 'person' | 'post' | 'meeting' | 'commitment';

/**
 * The 変更履歴 of one record, for someone who may read the record: each kind is checked the way its
 * own GET checks it (404 otherwise, so a hidden record is not confirmed to exist). A person's personal
 * fields are masked exactly where presentPerson leaves them out for this reader.
 */
export async function getRecordHistory(
  db: Db,
  actor: Actor,
  kind: HistoryKind,
  id: string | number,
): Promise<HistoryEntry[]> {
  switch (kind) {
    case 'system': {
      const system = await getSystem(db, Number(id));
      return buildHistory(db, SYSTEM_HISTORY, String(id), { importBatchId: system.importBatchId });
    }
    case 'practice': {
      const practice = await getPracticeRow(db, Number(id));
      return buildHistory(db, PRACTICE_HISTORY, String(id), { importBatchId: practice.importBatchId });
    }
    case 'person': {
      const presented: object = await getPerson(db, actor, String(id));
      return buildHistory(db, PERSON_HISTORY, String(id), {
        visible: (f) => f.presentedAs !== undefined && f.presentedAs in presented,
      });
    }
    case 'post': {
      const [post] = await db
        .select({ id: posts.id })
        .from(posts)
        .where(eq(posts.id, String(id)));
      if (!post) throw errors.notFound('ポスト');
      return buildHistory(db, POST_HISTORY, String(id));
    }
    case 'meeting':
      await getMeeting(db, String(id));
      return buildHistory(db, MEETING_HISTORY, String(id));
    case 'commitment':
      if (!(await findCommitment(db, String(id)))) throw errors.notFound('決定事項・コミット');
      return buildHistory(db, COMMITMENT_HISTORY, String(id));
  }
}

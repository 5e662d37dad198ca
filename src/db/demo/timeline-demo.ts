import { createTimelineEvent } from '../../server/features/programme/create-timeline-event.ts';
import type { Actor } from '../../server/platform/actor.ts';
import type { Db } from '../../server/platform/db.ts';
import { readBodies } from '../reference/load-reference-data.ts';
import { TIMELINE_EVENTS } from './timeline-demo-data.ts';

/** Loads the 沿革 of the programme document through the use case (validated, audited). */
export async function loadTimelineDemo(db: Db, actor: Actor): Promise<void> {
  const codeOf = new Map(readBodies().map((b) => [b.name, b.code]));
  for (const e of TIMELINE_EVENTS) {
    await createTimelineEvent(db, actor, {
      ...e,
      orgCodes: e.bodies.map((name) => {
        const code = codeOf.get(name);
        if (!code) throw new Error(`unknown body in timeline demo: ${name}`);
        return code;
      }),
    });
  }
}

import { createMeeting } from '../../server/features/community/create-meeting.ts';
import { updateCase } from '../../server/features/community/update-case.ts';
import { updateCommitment } from '../../server/features/community/update-commitment.ts';
import type { Actor } from '../../server/platform/actor.ts';
import { writeAudit } from '../../server/platform/audit.ts';
import type { Db } from '../../server/platform/db.ts';
import { PARTICIPATION_BY_FISCAL_YEAR, readBodies } from '../reference/load-reference-data.ts';
import { communityCases, forumMembers, practices } from '../schema/index.ts';
import {
  ACCELERATION_TOPICS,
  CDO_FORUM_R5,
  DEMO_CASES,
  FORUM_MEMBERS,
  WORKING_GROUPS_R5,
} from './community-demo-data.ts';

/** The 2nd and 4th Wednesday of each month from April to August 2024 (about twice a month, p.19). */
export function accelerationCycleDates(): string[] {
  const dates: string[] = [];
  for (let month = 4; month <= 8; month++) {
    const firstWeekday = new Date(Date.UTC(2024, month - 1, 1)).getUTCDay();
    const firstWednesday = 1 + ((3 - firstWeekday + 7) % 7);
    for (const day of [firstWednesday + 7, firstWednesday + 21]) {
      dates.push(`2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    }
  }
  return dates;
}

/**
 * The community as the seed describes it: the CDO forum's 26 members (p.24) and its R5 meetings with
 * the commitment of 2023-05-12 — closed, since the working groups met (p.26); the 担当者会議 of p.26;
 * ひろしまDX加速サイクル twice a month in R6 (p.19); a few cases from the posts. Meetings go through the
 * use cases (validated and audited); members and cases are one audited bulk load.
 */
export async function loadCommunityDemo(db: Db, actor: Actor): Promise<void> {
  const codeOf = new Map(readBodies().map((b) => [b.name, b.code]));
  const code = (name: string) => {
    const c = codeOf.get(name);
    if (!c) throw new Error(`unknown body in demo data: ${name}`);
    return c;
  };

  await db.transaction(async (tx) => {
    await tx.insert(forumMembers).values(
      FORUM_MEMBERS.map(([organisationName, title], i) => ({
        orgCode: codeOf.get(organisationName) ?? null,
        organisationName,
        title,
        sortOrder: i + 1,
      })),
    );
    await writeAudit(tx, actor, {
      action: 'demo.load',
      entityType: 'forum_members',
      entityId: 'demo',
      after: { members: FORUM_MEMBERS.length },
    });
  });

  const forumAttendees = FORUM_MEMBERS.map(([organisationName, title]) => ({
    orgCode: codeOf.get(organisationName) ?? null,
    organisationName,
    personName: '',
    title,
  }));
  for (const m of CDO_FORUM_R5) {
    const meeting = await createMeeting(db, actor, {
      kind: 'cdo_forum',
      title: '県・市町CDOフォーラム',
      theme: null,
      heldOn: m.heldOn,
      location: '県庁・WEB',
      agenda: [...m.agenda],
      minutes: m.minutes,
      attendees: forumAttendees,
      commitments: m.commitment ? [{ ...m.commitment.input, ownerOrgCode: code('広島県') }] : [],
    });
    const done = m.commitment?.done;
    const made = meeting.commitments[0];
    if (done && made) await updateCommitment(db, actor, made.id, { status: 'done', ...done });
  }

  for (const group of WORKING_GROUPS_R5) {
    for (const heldOn of group.dates) {
      await createMeeting(db, actor, {
        kind: 'working_group',
        title: group.title,
        theme: group.theme,
        heldOn,
        location: '県庁・WEB',
        agenda: [...group.agenda],
        minutes: '',
        attendees: [],
        commitments: [],
      });
    }
  }

  const r6Bodies = ['広島県', ...(PARTICIPATION_BY_FISCAL_YEAR[2024] ?? [])].map((name) => ({
    orgCode: code(name),
    organisationName: name,
    personName: '',
    title: name === '広島県' ? 'DX推進チーム（事務局）' : '配属職員',
  }));
  const cycleIds: string[] = [];
  for (const [i, heldOn] of accelerationCycleDates().entries()) {
    const topic = ACCELERATION_TOPICS[i % ACCELERATION_TOPICS.length]!;
    const meeting = await createMeeting(db, actor, {
      kind: 'acceleration_cycle',
      title: `ひろしまDX加速サイクル（第${i + 1}回）`,
      theme: null,
      heldOn,
      location: i % 2 === 0 ? '県庁' : 'WEB',
      agenda: ['各配属先の取組・好事例の共有', topic, '課題の相談・解決のヒント'],
      minutes: '',
      attendees: r6Bodies,
      commitments: [],
    });
    cycleIds.push(meeting.id);
  }

  await db.transaction(async (tx) => {
    await tx.insert(communityCases).values(
      DEMO_CASES.map((c) => ({
        orgCode: code(c.org),
        kind: c.kind,
        title: c.title,
        body: c.body,
        reporterName: `${c.org} 配属職員（デモ）`,
        reportedOn: c.reportedOn,
        meetingId: c.cycle === undefined ? null : (cycleIds[c.cycle] ?? null),
        status: c.resolvedOn ? ('resolved' as const) : ('open' as const),
        resolvedOn: c.resolvedOn ?? null,
      })),
    );
    await writeAudit(tx, actor, {
      action: 'demo.load',
      entityType: 'community_cases',
      entityId: 'demo',
      after: { cases: DEMO_CASES.length },
    });
  });
}

/**
 * Takes the demo cases up once the good practices exist: each case with a response so far is moved
 * to its status and linked to the practice that answers it, through the use case (validated, audited).
 */
export async function linkDemoCases(db: Db, actor: Actor): Promise<void> {
  const cases = await db.select({ id: communityCases.id, title: communityCases.title }).from(communityCases);
  const found = await db.select({ id: practices.id, title: practices.title }).from(practices);
  const caseId = new Map(cases.map((c) => [c.title, c.id]));
  const practiceId = new Map(found.map((p) => [p.title, p.id]));
  for (const c of DEMO_CASES) {
    if (!c.taken) continue;
    const id = caseId.get(c.title);
    const practice = practiceId.get(c.taken.practiceTitle);
    if (!id || practice === undefined) throw new Error(`demo case link not found: ${c.title}`);
    await updateCase(db, actor, id, {
      status: c.taken.status,
      response: c.taken.response,
      practiceId: practice,
    });
  }
}

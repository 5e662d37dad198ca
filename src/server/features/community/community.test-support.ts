import type { Session, TestApp } from '../../../../tests/support/test-app.ts';

/** A meeting as the list and detail routes answer it (the fields the tests read). */
export type MeetingJson = {
  id: string;
  kind: string;
  title: string;
  theme: string | null;
  heldOn: string;
  heldOnLabel: string;
  agenda: string[];
  minutes: string;
  attendeeCount: number;
  attendees: { orgCode: string | null; organisationName: string; title: string }[];
  materials: { id: string; fileName: string; mediaType: string; sizeBytes: number; sha256: string }[];
  commitments: CommitmentJson[];
};

/** A commitment as the API answers it. */
export type CommitmentJson = {
  id: string;
  title: string;
  ownerOrgCode: string;
  ownerOrgName: string;
  dueOn: string;
  status: string;
  statusLabel: string;
  closedOn: string | null;
  resolution: string;
  overdue: boolean;
  meetingTitle: string | null;
};

/** The error body of a failed call. */
export type ErrorJson = {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
};

/** GET a JSON body as `T`. */
export async function getJson<T>(t: TestApp, url: string, as: Session): Promise<T> {
  const res = await t.request('GET', url, { as });
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A minimal valid meeting for POST /api/meetings. */
export function meetingInput(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'acceleration_cycle',
    title: 'ひろしまDX加速サイクル（テスト）',
    heldOn: '2024-09-11',
    agenda: ['好事例の共有'],
    ...overrides,
  };
}

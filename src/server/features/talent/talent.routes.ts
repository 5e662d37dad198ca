import { CERTIFICATIONS, isApplicationLevelOrHigher } from '../../../domain/certifications.ts';
import type { Role } from '../../../domain/roles.ts';
import { requireActor, requireRole } from '../../platform/actor.ts';
import { etagOf, expectedVersionOf } from '../../platform/concurrency.ts';
import { streamedDownload } from '../../platform/download.ts';
import { createRouter } from '../../platform/http.ts';
import type { ImportProgress } from '../../platform/tabular/import-progress.ts';
import { readImportRequest } from '../../platform/tabular/import-request.ts';
import { progressStream, wantsProgress } from '../../platform/tabular/progress-stream.ts';
import { attachmentDisposition } from '../../platform/tabular/write-table.ts';
import { commitPeopleImport } from './commit-people-import.ts';
import { createPerson } from './create-person.ts';
import { exportPeople } from './export-people.ts';
import { getAllowance } from './get-allowance.ts';
import { getCareer } from './get-career.ts';
import { getPerson } from './get-person.ts';
import { getRosterSummary } from './get-roster-summary.ts';
import { getPeopleImport, previewPeopleImport } from './import-people.ts';
import { listPeople } from './list-people.ts';
import { loadPersonDetails } from './person-details.ts';
import { setPersonStatus } from './set-person-status.ts';
import { presentPerson } from './talent.presenter.ts';
import {
  allowanceRoute,
  careerRoute,
  certificationsRoute,
  commitPeopleImportRoute,
  createPersonRoute,
  exportPeopleRoute,
  getPersonRoute,
  importPeopleRoute,
  listPeopleRoute,
  rosterSummaryRoute,
  setStatusRoute,
  showPeopleImportRoute,
  updatePersonRoute,
} from './talent.route-defs.ts';
import { updatePerson } from './update-person.ts';

/** Roles that may read people at all; what each sees is decided by peopleVisibleTo. */
const READERS: Role[] = ['admin', 'talent_officer', 'municipal_manager', 'municipal_staff', 'member'];
/** Roles that manage the talent pool. */
const OFFICERS: Role[] = ['admin', 'talent_officer'];

/** The talent pool (TAL): people, their career, 初任給調整手当, roster counts, and the IPA exam list. */
export function talentRoutes() {
  return createRouter()
    .openapi(exportPeopleRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...OFFICERS, 'municipal_manager');
      const { format, ...filter } = c.req.valid('query');
      const file = await exportPeople(c.get('db'), actor, filter, format, c.get('requestId'));
      return streamedDownload(c, file, { 'content-disposition': attachmentDisposition(file.filename) });
    })
    .openapi(importPeopleRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...OFFICERS);
      const input = await readImportRequest(c, { ...c.req.valid('query'), mode: 'append' });
      const preview = (report?: (p: ImportProgress) => void) =>
        previewPeopleImport(c.get('db'), actor, input, report);
      if (wantsProgress(c)) {
        // A progress stream is not the typed JSON answer the RPC client infers: hence the cast.
        return progressStream(c, async (report) => ({ status: 201, body: await preview(report) })) as never;
      }
      return c.json(await preview(), 201);
    })
    .openapi(showPeopleImportRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...OFFICERS);
      return c.json(await getPeopleImport(c.get('db'), actor, c.req.valid('param').batchId), 200);
    })
    .openapi(commitPeopleImportRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...OFFICERS);
      const { batchId } = c.req.valid('param');
      const commit = (onProgress?: (p: ImportProgress) => void) =>
        commitPeopleImport(c.get('db'), actor, batchId, { requestId: c.get('requestId'), onProgress });
      if (wantsProgress(c)) {
        return progressStream(c, async (report) => ({ status: 200, body: await commit(report) })) as never;
      }
      return c.json(await commit(), 200);
    })
    .openapi(rosterSummaryRoute, async (c) => {
      requireActor(c.get('actor'));
      return c.json(await getRosterSummary(c.get('db'), c.req.valid('query').fiscalYear), 200);
    })
    .openapi(listPeopleRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...READERS);
      const query = c.req.valid('query');
      const page = await listPeople(c.get('db'), actor, query);
      const details = await loadPersonDetails(
        c.get('db'),
        page.items.map((i) => i.person),
        page.fiscalYear,
      );
      return c.json(
        {
          items: page.items.map((i) => presentPerson(i.person, details, i.relation)),
          total: page.total,
          page: query.page,
          pageSize: query.pageSize,
          fiscalYear: page.fiscalYear,
        },
        200,
      );
    })
    .openapi(createPersonRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...OFFICERS);
      const created = await createPerson(c.get('db'), actor, c.req.valid('json'), c.get('requestId'));
      return c.json(await getPerson(c.get('db'), actor, created.id), 201);
    })
    .openapi(getPersonRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...READERS);
      const { id } = c.req.valid('param');
      const person = await getPerson(c.get('db'), actor, id, c.req.valid('query').fiscalYear);
      c.header('ETag', etagOf(person.version));
      return c.json(person, 200);
    })
    .openapi(updatePersonRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...OFFICERS, 'member');
      const { id } = c.req.valid('param');
      const expected = expectedVersionOf(c.req.valid('header'));
      await updatePerson(c.get('db'), actor, id, c.req.valid('json'), c.get('requestId'), expected);
      const person = await getPerson(c.get('db'), actor, id);
      c.header('ETag', etagOf(person.version));
      return c.json(person, 200);
    })
    .openapi(setStatusRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...OFFICERS);
      const { id } = c.req.valid('param');
      const expected = expectedVersionOf(c.req.valid('header'));
      await setPersonStatus(c.get('db'), actor, id, c.req.valid('json').status, c.get('requestId'), expected);
      const person = await getPerson(c.get('db'), actor, id);
      c.header('ETag', etagOf(person.version));
      return c.json(person, 200);
    })
    .openapi(careerRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...READERS);
      return c.json(await getCareer(c.get('db'), actor, c.req.valid('param').id), 200);
    })
    .openapi(allowanceRoute, async (c) => {
      const actor = requireRole(c.get('actor'), ...READERS);
      return c.json(await getAllowance(c.get('db'), actor, c.req.valid('param').id), 200);
    })
    .openapi(certificationsRoute, (c) => {
      requireActor(c.get('actor'));
      const items = CERTIFICATIONS.map((e) => ({
        code: e.code,
        name: e.name,
        level: e.level,
        qualifiesForAllowance: isApplicationLevelOrHigher(e.code),
      }));
      return c.json({ items }, 200);
    });
}

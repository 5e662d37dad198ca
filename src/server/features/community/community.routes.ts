import { createRouter } from '../../platform/http.ts';
import { casesRoutes } from './cases.routes.ts';
import { commitmentsRoutes } from './commitments.routes.ts';
import { meetingsRoutes } from './meetings.routes.ts';

/** The community (COM): meetings with their records and materials, commitments, forum members, cases. */
export function communityRoutes() {
  return createRouter()
    .route('/', meetingsRoutes())
    .route('/', commitmentsRoutes())
    .route('/', casesRoutes());
}

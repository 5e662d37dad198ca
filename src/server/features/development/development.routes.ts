import { createRouter } from '../../platform/http.ts';
import { trainingPlansRoutes } from './training-plans.routes.ts';
import { trainingsRoutes } from './trainings.routes.ts';

/** DEV: the training catalogue and yearly training plans. */
export function developmentRoutes() {
  return createRouter().route('/', trainingsRoutes()).route('/', trainingPlansRoutes());
}

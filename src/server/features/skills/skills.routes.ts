import { createRouter } from '../../platform/http.ts';
import { catalogueRoutes } from './catalogue.routes.ts';
import { gapsRoutes } from './gaps.routes.ts';
import { skillSheetRoutes } from './skill-sheets.routes.ts';

/** SKL: job types, the skill catalogue, デジタルスキルシート and gaps. */
export function skillsRoutes() {
  return createRouter().route('/', catalogueRoutes()).route('/', skillSheetRoutes()).route('/', gapsRoutes());
}

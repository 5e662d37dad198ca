import type { ComponentType } from 'react';

/**
 * A route's `lazy` loader for a page module: the page's code is fetched when the route is first
 * visited, so each page (and what only it uses, such as ECharts) is its own chunk and the first load
 * carries only the app shell. `pick` names the page component the module exports.
 */
export function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return async () => ({ Component: pick(await load()) });
}

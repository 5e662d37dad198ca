import type { MiddlewareHandler } from 'hono';
import { errors, type FieldIssue } from './errors.ts';
import type { AppEnv } from './http.ts';
import { isUnsafeText, jsonTextIssue, UNSAFE_TEXT_MESSAGE, withoutUnsafeText } from './safe-text.ts';

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;
/** A URL of printable ASCII without a percent-escape decodes to itself: nothing in it to refuse. */
const PLAIN_URL = /^[!-$&-~]*$/;
const BAD_ENCODING_MESSAGE = 'URL の文字のエンコードが正しくありません（UTF-8 でありません）';

/** `decodeURIComponent`, or undefined for a malformed escape (`%ZZ`, `%ED%A0%80`, a lone `%`). */
function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** The issue of one URL part (a query value or a path segment), if its text is refused. */
function urlIssue(raw: string, name: string): FieldIssue | undefined {
  const text = decoded(raw);
  if (text === undefined) return { path: name, message: BAD_ENCODING_MESSAGE };
  return isUnsafeText(text) ? { path: name, message: UNSAFE_TEXT_MESSAGE } : undefined;
}

function queryIssues(search: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (pair === '') continue;
    const [rawKey = '', ...rest] = pair.replaceAll('+', ' ').split('=');
    const name = withoutUnsafeText(decoded(rawKey) ?? rawKey);
    const issue = urlIssue(rawKey, name) ?? urlIssue(rest.join('='), name);
    if (issue) issues.push(issue);
  }
  return issues;
}

/** The name of the path parameter at `index` of `segments`, from the app's route templates. */
function parameterName(segments: readonly string[], index: number, templates: readonly string[]): string {
  for (const template of templates) {
    const parts = template.split('/');
    if (parts.length !== segments.length) continue;
    const matches = parts.every((p, i) => p.startsWith(':') || p === '*' || p === segments[i]);
    const part = parts[index];
    if (matches && part?.startsWith(':')) return part.slice(1).replace(/\{.*$/, '');
  }
  return `path.${index}`;
}

function pathIssues(pathname: string, templates: () => readonly string[]): FieldIssue[] {
  const segments = pathname.split('/');
  const issues: FieldIssue[] = [];
  segments.forEach((segment, index) => {
    if (urlIssue(segment, '') === undefined) return;
    const issue = urlIssue(segment, parameterName(segments, index, templates()));
    if (issue) issues.push(issue);
  });
  return issues;
}

async function bodyIssues(c: Parameters<MiddlewareHandler<AppEnv>>[0]): Promise<FieldIssue[]> {
  const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
  if (JSON_MEDIA_TYPE.test(mediaType)) {
    let value: unknown;
    try {
      value = await c.req.json();
    } catch {
      return []; // malformed JSON: the route's validator answers 400 MALFORMED_REQUEST
    }
    const issue = jsonTextIssue(value);
    return issue ? [issue] : [];
  }
  if (mediaType === 'multipart/form-data' || mediaType === 'application/x-www-form-urlencoded') {
    // Parsed from a copy of the bytes (which Hono keeps for the route): a body that is not a form
    // stays readable, for the route to refuse.
    const bytes = await c.req.arrayBuffer();
    let form: FormData;
    try {
      form = await new Response(bytes, {
        headers: { 'content-type': c.req.header('content-type') ?? '' },
      }).formData();
    } catch {
      return [];
    }
    const issues: FieldIssue[] = [];
    form.forEach((value, key) => {
      const text = typeof value === 'string' ? value : value.name;
      if (isUnsafeText(key) || isUnsafeText(text)) {
        issues.push({ path: withoutUnsafeText(key), message: UNSAFE_TEXT_MESSAGE });
      }
    });
    return issues;
  }
  return []; // other bodies (import files) are checked cell by cell by the import
}

/**
 * Refuses NUL and lone surrogates at the edge, whatever the route: in query values and keys, in path
 * segments, and in any string (value or key, at any depth) of a JSON or form body — 400
 * `VALIDATION_FAILED` naming the field, before a route or the database sees the text; JSON nested
 * deeper than any input is refused the same way. A malformed
 * percent-escape in the URL is refused the same way. `routeTemplates` lists the app's route paths
 * (`/api/systems/:id`), used to name a path parameter. An import file is checked cell by cell by the
 * import (a row error naming the column), not here.
 */
export function unsafeTextGuard(options: {
  routeTemplates: () => readonly string[];
  /** Requests whose body the route streams itself (an import file): their body is not read here. */
  streamsBody: (method: string, path: string) => boolean;
}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const issues: FieldIssue[] = [];
    if (!PLAIN_URL.test(c.req.url)) {
      const url = new URL(c.req.url);
      issues.push(...pathIssues(url.pathname, options.routeTemplates), ...queryIssues(url.search));
    }
    const hasBody = c.req.method !== 'GET' && c.req.method !== 'HEAD';
    if (hasBody && !options.streamsBody(c.req.method, c.req.path)) issues.push(...(await bodyIssues(c)));
    if (issues.length > 0) throw errors.validation(issues);
    await next();
  };
}

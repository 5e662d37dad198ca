/**
 * The API's operations as its own OpenAPI document describes them, read at run time: a route added
 * later is fuzzed without touching the suite.
 */

/** The part of JSON Schema (as @hono/zod-openapi writes it) that the generators read. */
export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  example?: unknown;
  default?: unknown;
};

export type Parameter = {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: JsonSchema;
};

export type Operation = {
  method: string;
  /** The OpenAPI path template, e.g. `/api/systems/{id}`. */
  path: string;
  parameters: Parameter[];
  /** Media types of the request body, with their schemas (empty: the operation takes no body). */
  body: { mediaType: string; schema: JsonSchema }[];
};

type OpenApiDocument = {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; in: string; required?: boolean; schema?: JsonSchema }[];
        requestBody?: { content: Record<string, { schema?: JsonSchema }> };
      }
    >
  >;
  components?: { schemas?: Record<string, JsonSchema> };
};

/** Replaces every `$ref` to `#/components/schemas/…` by the schema it names (cycles cut at depth 8). */
function resolve(
  schema: JsonSchema | undefined,
  components: Record<string, JsonSchema>,
  depth = 0,
): JsonSchema {
  if (!schema || depth > 8) return {};
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return resolve(components[name], components, depth + 1);
  }
  const out: JsonSchema = { ...schema };
  const r = (s: JsonSchema) => resolve(s, components, depth + 1);
  if (schema.items) out.items = r(schema.items);
  if (schema.properties) {
    out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, r(v)]));
  }
  if (schema.anyOf) out.anyOf = schema.anyOf.map(r);
  if (schema.oneOf) out.oneOf = schema.oneOf.map(r);
  if (schema.allOf) out.allOf = schema.allOf.map(r);
  return out;
}

/** Every operation of the document, with `$ref`s resolved. */
export function operationsOf(document: unknown): Operation[] {
  const doc = document as OpenApiDocument;
  const components = doc.components?.schemas ?? {};
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters: (op.parameters ?? [])
          .filter((p) => p.in === 'path' || p.in === 'query' || p.in === 'header')
          .map((p) => ({
            name: p.name,
            in: p.in as Parameter['in'],
            required: p.required ?? p.in === 'path',
            schema: resolve(p.schema, components),
          })),
        body: Object.entries(op.requestBody?.content ?? {}).map(([mediaType, content]) => ({
          mediaType,
          schema: resolve(content.schema, components),
        })),
      });
    }
  }
  return operations;
}

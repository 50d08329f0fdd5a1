// OpenAPI 3.1 built from the route list: the zod schemas that validate the
// requests are the schemas the document shows (zod's own JSON Schema output,
// whose 2020-12 dialect is OpenAPI 3.1's).
import { z } from 'zod';
import { HTTP_STATUS } from '../../graph/errors.js';
import type { RouteSpec } from './route.js';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  return rest;
}

/** Path or query parameters: one entry per property of an object schema. */
function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || (object.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

const errorSchema: JsonSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', enum: [...Object.keys(HTTP_STATUS), 'RATE_LIMITED', 'INTERNAL'] },
        message: { type: 'string' },
        details: { type: 'object' },
      },
    },
  },
};

function operation(spec: RouteSpec): JsonSchema {
  const success = 'download' in spec.response
    ? {
        description: 'A download',
        content: Object.fromEntries(spec.response.download.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
      }
    : { description: 'Success', content: { 'application/json': { schema: jsonSchema(spec.response, 'output') } } };
  const responses: Record<string, JsonSchema> = { [String(spec.status ?? 200)]: success };
  for (const status of spec.errors) {
    responses[String(status)] = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  }
  const op: JsonSchema = {
    summary: spec.summary,
    tags: [spec.tag],
    operationId: `${spec.method}${spec.path.replace(/[/:](\w)/g, (_m, c: string) => c.toUpperCase()).replace(/\W/g, '')}`,
    parameters: [...parameters(spec.params, 'path'), ...parameters(spec.query, 'query')],
    responses,
  };
  if (spec.body) op.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } } };
  if (spec.multipart) {
    op.requestBody = {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            properties: { [spec.multipart.field]: { type: 'array', items: { type: 'string', format: 'binary' }, description: spec.multipart.description } },
          },
        },
      },
    };
  }
  if (spec.errors.includes(401)) op.security = [{ bearer: [] }];
  return op;
}

export function openApiDocument(routes: RouteSpec[], version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const spec of routes) {
    const path = spec.path.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][spec.method] = operation(spec);
  }
  return {
    openapi: '3.1.0',
    info: { title: 'kg-explorer API', version, description: 'Explore, query, export and ingest the knowledge graph.' },
    paths,
    components: {
      schemas: { Error: errorSchema },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'KG_API_TOKEN, required on write routes when set' } },
    },
  };
}

/**
 * Reading the served OpenAPI document (GET /api/v1/docs): its operations and the JSON schemas of what
 * a client sends (path, query and header parameters, JSON bodies). The schema-limits test and the
 * fuzzer both start here, so a route added tomorrow is checked and fuzzed without being listed.
 */

export interface JsonSchema {
  $ref?: string
  type?: string | string[]
  enum?: unknown[]
  const?: unknown
  format?: string
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  minItems?: number
  maxItems?: number
  items?: JsonSchema
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  propertyNames?: JsonSchema
  maxProperties?: number
  allOf?: JsonSchema[]
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  default?: unknown
  nullable?: boolean
}

export interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema: JsonSchema
}

interface RawOperation {
  parameters?: Parameter[]
  requestBody?: { required?: boolean; content: Record<string, { schema?: JsonSchema }> }
  responses?: Record<string, unknown>
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>
  components?: { schemas?: Record<string, JsonSchema> }
}

export interface Operation {
  method: string
  /** The path template as the document writes it: /api/v1/notices/{id}. */
  path: string
  parameters: Parameter[]
  /** The JSON body's schema, when the operation takes one. */
  body?: JsonSchema
  bodyRequired: boolean
  /** Media types of the body (application/json; multipart operations declare none). */
  mediaTypes: string[]
  /** Statuses the operation documents; 401 marks a signed-in route. */
  statuses: string[]
}

export function operationsOf(doc: OpenApiDocument): Operation[] {
  const operations: Operation[] = []
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const content = op.requestBody?.content ?? {}
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        body: content['application/json']?.schema,
        bodyRequired: op.requestBody?.required ?? false,
        mediaTypes: Object.keys(content),
        statuses: Object.keys(op.responses ?? {})
      })
    }
  }
  return operations
}

/** The schema a `$ref` points at (`#/components/schemas/Name`), or the schema itself. */
export function resolve(doc: OpenApiDocument, schema: JsonSchema): JsonSchema {
  let current = schema
  for (let hops = 0; current.$ref && hops < 20; hops++) {
    const name = current.$ref.replace('#/components/schemas/', '')
    const target = doc.components?.schemas?.[name]
    if (!target) throw new Error(`unresolved $ref ${current.$ref}`)
    current = target
  }
  return current
}

export const typesOf = (schema: JsonSchema): string[] =>
  schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type]

/**
 * Calls `visit` for every schema inside `schema` (itself included), `$ref`s followed once per path,
 * with a readable location (`body.holidays[].daysOff[]`).
 */
export function walkSchema(doc: OpenApiDocument, schema: JsonSchema, where: string, visit: (s: JsonSchema, where: string) => void, seen: ReadonlySet<string> = new Set()): void {
  if (schema.$ref) {
    if (seen.has(schema.$ref)) return
    walkSchema(doc, resolve(doc, schema), where, visit, new Set([...seen, schema.$ref]))
    return
  }
  visit(schema, where)
  for (const part of [...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) walkSchema(doc, part, where, visit, seen)
  if (schema.items) walkSchema(doc, schema.items, `${where}[]`, visit, seen)
  for (const [name, property] of Object.entries(schema.properties ?? {})) walkSchema(doc, property, `${where}.${name}`, visit, seen)
  if (typeof schema.additionalProperties === 'object') walkSchema(doc, schema.additionalProperties, `${where}.*`, visit, seen)
  if (schema.propertyNames) walkSchema(doc, schema.propertyNames, `${where}{key}`, visit, seen)
}

/** Every schema of what a client sends to `op`, with its location (`query:page`, `body.title`). */
export function inputSchemas(op: Operation): { where: string; schema: JsonSchema }[] {
  const inputs = op.parameters.map((p) => ({ where: `${p.in}:${p.name}`, schema: p.schema }))
  if (op.body) inputs.push({ where: 'body', schema: op.body })
  return inputs
}

/**
 * The operations anyone may call without signing in. Every other operation must refuse a request
 * without a session (401) before it reads the body: the auth-first test and the fuzzer hold every
 * route not listed here to that, so a new signed-in route cannot forget it.
 */
export const PUBLIC_OPERATIONS: ReadonlySet<string> = new Set([
  'GET /api/v1/health',
  'GET /api/v1/ready',
  'GET /api/v1/catalogue',
  'GET /api/v1/notices',
  'GET /api/v1/notices/{id}',
  'GET /api/v1/attachments/{id}',
  'GET /api/v1/guides',
  'GET /api/v1/guides/{id}',
  'GET /api/v1/contacts',
  'GET /api/v1/leaders/{id}/photo',
  'POST /api/v1/auth/sms',
  'POST /api/v1/auth/sms/verify',
  'POST /api/v1/auth/wechat',
  'POST /api/v1/auth/wechat/phone',
  'GET /api/v1/privacy',
  'GET /api/v1/notify/templates',
  'POST /api/v1/staff/auth/login',
  'GET /api/v1/calendar/working-days',
  'GET /api/v1/calendar/{year}',
  'GET /api/v1/eligibility/rules',
  'POST /api/v1/eligibility/check'
])

export const operationKey = (op: Pick<Operation, 'method' | 'path'>): string => `${op.method} ${op.path}`

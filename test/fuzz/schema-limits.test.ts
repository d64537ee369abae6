import type { FastifyInstance } from 'fastify'
import { INT4_MAX } from '@/core/schemas/primitives'
import { buildApp } from '../../server/app'
import { quietResidentServices } from '../../server/residents/testing'
import { createTestDb, type TestDb } from '../support/db'
import { inputSchemas, operationsOf, typesOf, walkSchema, type JsonSchema, type OpenApiDocument } from './openapi'

/**
 * Every value a client sends is bounded, so that no request can make the server parse, validate or
 * answer more than a few kilobytes per field (issue 11: 500 KB bodies answered with 7 MB of errors).
 * The rules are read off the served OpenAPI document, so a new route is held to them the day it is added.
 */
function unboundedInputs(doc: OpenApiDocument): string[] {
  const problems: string[] = []
  for (const op of operationsOf(doc)) {
    for (const input of inputSchemas(op)) {
      walkSchema(doc, input.schema, input.where, (s: JsonSchema, where) => {
        const at = `${op.method} ${op.path} ${where}`
        const types = typesOf(s)
        const fixed = s.enum !== undefined || s.const !== undefined
        if (types.includes('string') && !fixed && s.maxLength === undefined) problems.push(`${at}: a string without maxLength`)
        if (types.includes('array') && s.maxItems === undefined) problems.push(`${at}: an array without maxItems`)
        if (types.includes('integer') || types.includes('number')) {
          const min = s.minimum ?? s.exclusiveMinimum
          const max = s.maximum ?? s.exclusiveMaximum
          if (min === undefined || max === undefined) problems.push(`${at}: a number without minimum and maximum`)
          else if (types.includes('integer') && (max > INT4_MAX || min < -INT4_MAX - 1)) {
            problems.push(`${at}: an integer beyond what an integer column holds (${min}..${max})`)
          }
        }
        if (typeof s.additionalProperties === 'object' && s.maxProperties === undefined) problems.push(`${at}: a map without maxProperties`)
      })
    }
  }
  return problems
}

describe('limits of everything a client sends', () => {
  let testDb: TestDb
  let app: FastifyInstance
  let doc: OpenApiDocument

  beforeAll(async () => {
    testDb = await createTestDb('pglite')
    app = await buildApp({ db: testDb.db, residents: quietResidentServices() })
    doc = (await app.inject({ method: 'GET', url: '/api/v1/docs' })).json()
  }, 60_000)
  afterAll(async () => {
    await app.close()
    await testDb.cleanup()
  })

  it('documents the operations of residents, staff and the public', () => {
    const paths = operationsOf(doc).map((op) => `${op.method} ${op.path}`)
    expect(paths).toEqual(expect.arrayContaining(['POST /api/v1/cases', 'POST /api/v1/staff/calendar/years', 'GET /api/v1/notices']))
  })

  it('gives every string a maximum length, every list a maximum count and every number a range an integer column holds', () => {
    expect(unboundedInputs(doc)).toEqual([])
  })

  it('finds a string, a list and an id left unbounded (the check can fail)', () => {
    const unbounded: OpenApiDocument = {
      paths: {
        '/x/{id}': {
          post: {
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1, maximum: 9007199254740991 } }],
            requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { name: { type: 'string' }, tags: { type: 'array', items: { type: 'string', maxLength: 5 } } } } } } }
          }
        }
      }
    }
    expect(unboundedInputs(unbounded)).toEqual([
      'POST /x/{id} path:id: an integer beyond what an integer column holds (1..9007199254740991)',
      'POST /x/{id} body.name: a string without maxLength',
      'POST /x/{id} body.tags: an array without maxItems'
    ])
  })
})

import fastifySwagger from '@fastify/swagger'
import type { FastifyInstance } from 'fastify'
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod'
import { z } from 'zod'

type Transform = typeof jsonSchemaTransform

/**
 * A named query or params schema (`NoticeListQuery`) would become a `$ref`, and @fastify/swagger
 * cannot split a `$ref` into one parameter per property (it throws). The document gets an unnamed
 * copy of the object's shape instead; validation still runs the original schema.
 */
const transform: Transform = (input) => {
  if (!input.schema) return jsonSchemaTransform(input)
  const unnamed = (schema: unknown) => (schema instanceof z.ZodObject ? z.object(schema.shape) : schema)
  const { querystring, params, headers } = input.schema
  return jsonSchemaTransform({
    ...input,
    schema: { ...input.schema, querystring: unnamed(querystring), params: unnamed(params), headers: unnamed(headers) }
  })
}

/** Generates the OpenAPI document from the routes' zod schemas and serves it as JSON at `${prefix}/docs`. */
export async function registerOpenApi(app: FastifyInstance, prefix: string, version: string): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: '街坊通 API', description: '街道政务公开与办事服务接口', version }
    },
    transform,
    transformObject: jsonSchemaTransformObject
  })
  for (const url of [`${prefix}/docs`, `${prefix}/docs/json`]) {
    app.get(url, { schema: { hide: true } }, async () => app.swagger())
  }
}

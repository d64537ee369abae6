import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { evaluateEligibility, NoParametersInForceError, parametersInForce, PROGRAMMES, programmeInfo } from '@/core/eligibility'
import { chinaDateOf } from '@/core/residents/china-time'
import { ErrorBodySchema } from '@/core/schemas/common'
import { EligibilityCheckBodySchema, EligibilityResultSchema, EligibilityRulesSchema } from '@/core/schemas/eligibility'
import type { Queryable } from '../db/db'
import { servePublicAnswers } from '../cache/public-answers'
import { PublicCache } from '../cache/public-cache'
import { AppError } from '../http/errors'
import { EligibilityParametersSource } from '../repositories/eligibility-parameters-repository'

export interface EligibilityRoutesOptions {
  db: Queryable
  /** Keep the rules' serialized answer in memory (true, or a cache of the caller's). */
  publicCache?: boolean | PublicCache
  /** Pass the app's shared source so that an import through it is seen at once. */
  parameters?: EligibilityParametersSource
  /** Today's date in China; the clock by default (tests pass their own). */
  today?: () => string
}

const programmes = PROGRAMMES.map(programmeInfo)

const rulesRoute: FastifyPluginAsyncZod<{ source: EligibilityParametersSource; today: () => string; cache: PublicCache | null }> = async (
  app,
  { source, today, cache }
) => {
  servePublicAnswers(app, cache)
  app.get(
    '/eligibility/rules',
    {
      schema: {
        summary: '惠民政策自测的规则参数（现行版本和历史版本）',
        tags: ['惠民政策'],
        response: { 200: EligibilityRulesSchema }
      }
    },
    async () => {
      const history = await source.current()
      const asOf = today()
      return { asOf, inForce: parametersInForce(history, asOf) ?? null, history: [...history], programmes }
    }
  )
}

/**
 * GET /eligibility/rules: the parameters in force and every version (public, cacheable; the app keeps
 * them to check offline). POST /eligibility/check: the engine's answer for a household, identical to
 * the app's. A household is personal data, so the check is never cached.
 */
export const eligibilityRoutes: FastifyPluginAsyncZod<EligibilityRoutesOptions> = async (app, options) => {
  const source = options.parameters ?? new EligibilityParametersSource(options.db)
  const today = options.today ?? (() => chinaDateOf(new Date()))
  const { publicCache = false } = options
  const cache = publicCache === true ? new PublicCache() : publicCache === false ? null : publicCache

  await app.register(rulesRoute, { source, today, cache })

  app.post(
    '/eligibility/check',
    {
      schema: {
        summary: '按家庭情况自测可以申请的惠民政策（仅供参考，以审核确认为准）',
        tags: ['惠民政策'],
        body: EligibilityCheckBodySchema,
        response: { 200: EligibilityResultSchema, 400: ErrorBodySchema, 422: ErrorBodySchema }
      }
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store')
      const asOf = request.body.asOf ?? today()
      try {
        return evaluateEligibility(request.body.household, await source.current(), asOf)
      } catch (error) {
        if (error instanceof NoParametersInForceError) {
          const message = `${asOf} 还没有生效的惠民政策标准，无法自测；请选择较晚的日期`
          throw new AppError(422, 'RULE_VIOLATION', message, { asOf: message })
        }
        throw error
      }
    }
  )
}

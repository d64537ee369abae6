import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { NotifyTemplatesSchema } from '@/core/schemas/auth'
import { servePublicAnswers } from '../cache/public-answers'

/**
 * The WeChat subscription-message templates (WECHAT_TEMPLATE_IDS), the one setting both the server
 * and the mini-program read: the app asks the resident to allow exactly the templates the server will
 * send with. The same for everyone and changed only with the configuration, hence public and cacheable
 * (ETag, 304, max-age); nothing personal belongs in this plugin.
 */
export const notifyRoutes: FastifyPluginAsyncZod<{ wechatTemplateIds: string[] }> = async (app, { wechatTemplateIds }) => {
  servePublicAnswers(app, null)
  app.get(
    '/notify/templates',
    { schema: { summary: '提交时请求订阅的微信消息模板', tags: ['我的'], response: { 200: NotifyTemplatesSchema } } },
    async () => ({ wechatTemplateIds })
  )
}

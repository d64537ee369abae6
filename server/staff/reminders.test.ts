import type { FastifyInstance } from 'fastify'
import { scheduleReminders } from './reminders'

describe('the in-process reminder timer', () => {
  it('runs the reminders at once as the system and again each interval until stopped', async () => {
    const calls: { url: string; authorization: string }[] = []
    const app = {
      inject: async (options: { url: string; headers: { authorization: string } }) => {
        calls.push({ url: options.url, authorization: options.headers.authorization })
        return { statusCode: 200, body: '{}' }
      },
      log: { error: () => undefined }
    } as unknown as Pick<FastifyInstance, 'inject' | 'log'>
    const stop = scheduleReminders(app, 'system-token', 20)
    await new Promise((resolve) => setTimeout(resolve, 70))
    stop()
    const counted = calls.length
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(calls[0]).toEqual({ url: '/api/v1/staff/reminders/run', authorization: 'Bearer system-token' })
    expect(counted).toBeGreaterThanOrEqual(2)
    expect(calls).toHaveLength(counted)
  })
})

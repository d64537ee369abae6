import { randomUUID } from 'node:crypto'
import type { FastifyBaseLogger } from 'fastify'
import type { PostgresDb } from '../db/postgres'
import { announceContentBumps, bumpContentVersionFromElsewhere } from './public-cache'

/** How long to wait before listening again after the LISTEN connection was lost. */
const RELISTEN_MS = 1_000

/**
 * Several servers on one PostgreSQL database: each bump of the public content version is announced
 * with pg_notify, and each server LISTENs and makes its kept answers stale when another announces.
 * A notice sent while a server was not listening is lost, so (re)connecting also counts as a bump.
 * The channel is named after the schema: offices sharing a server in different schemas do not hear
 * each other.
 */
export async function shareContentVersion(db: PostgresDb, log: Pick<FastifyBaseLogger, 'warn'>): Promise<{ stop(): Promise<void> }> {
  const channel = `jiefang_content_${db.schema}`
  const me = randomUUID()
  let stopped = false
  let listener: { close(): Promise<void> } | undefined
  let retry: NodeJS.Timeout | undefined

  const listen = async (): Promise<void> => {
    listener = await db.listen(
      channel,
      (sender) => {
        if (sender !== me) bumpContentVersionFromElsewhere()
      },
      (error) => {
        log.warn({ err: error }, 'content version: lost the LISTEN connection; listening again')
        listener = undefined
        if (!stopped) retry = setTimeout(() => void listen().catch(() => undefined), RELISTEN_MS).unref()
      }
    )
    bumpContentVersionFromElsewhere()
  }

  await listen()
  announceContentBumps(() => {
    db.query('SELECT pg_notify($1, $2)', [channel, me]).catch((error: unknown) => log.warn({ err: error }, 'content version: could not announce a change'))
  })
  return {
    async stop() {
      stopped = true
      clearTimeout(retry)
      announceContentBumps(undefined)
      await listener?.close()
    }
  }
}

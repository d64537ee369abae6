import { DeliveryError } from '../adapters/delivery'
import type { NotifyTransport } from '../adapters/notify'
import type { Queryable } from '../db/db'
import { claimDueDeliveries, markAttemptFailed, markDelivered, releaseClaimedDeliveries, type ClaimedDelivery } from '../repositories/deliveries-repository'
import { nextAttemptAfter } from './retry'

/**
 * The delivery worker: sends the messages queued in `deliveries` through the notify transport (WeChat,
 * SMS or the development outbox), marks each sent, retries transient failures with backoff and gives
 * up permanent ones (server/deliveries/retry.ts).
 *
 * What is guaranteed, on both engines:
 * - Nothing is lost. A delivery is committed with its event, so a crash before or during a send leaves
 *   it in the table and the next worker (after a restart, or another server) sends it.
 * - No network call runs inside a transaction: a claim is one UPDATE … RETURNING, then each send, then
 *   one UPDATE marking its outcome. On PGlite (one connection) requests never wait for a provider.
 * - Several servers on one PostgreSQL never claim the same row at once (FOR UPDATE SKIP LOCKED), and a
 *   claim is a lease: a row claimed by a worker that died is due again when its lease ends.
 *
 * Delivery is at-least-once: a message is sent once unless the process dies (or the database fails)
 * after the provider accepted it and before the row is marked sent. Then nobody can know whether it
 * went out (WeChat and Alibaba Cloud SMS take no idempotency key that would let a resend be dropped),
 * and it is sent again when its lease ends. Each send is marked the moment it returns, so the window
 * is the one round trip of the messages in flight at the crash, never the rest of a claimed batch.
 * A provider's timeout is the same doubt and is treated as a transient failure. That is acceptable
 * because the messages only tell of a case's step, which the app shows anyway: a second "已受理" is a
 * nuisance, a missing "需要您补正材料" could cost the resident their application.
 */

export interface DeliveryWorkerLog {
  warn(details: object, message: string): void
  error(details: object, message: string): void
}

/**
 * Rung after a commit that queued deliveries, so the worker sends them at once instead of at its next
 * poll (the development outbox, read by demos and e2e journeys, then fills promptly too).
 */
export interface DeliveryBell {
  ring(): void
  /** Calls `listener` at each ring until the answered function is called. */
  listen(listener: () => void): () => void
}

export function deliveryBell(): DeliveryBell {
  const listeners = new Set<() => void>()
  return {
    ring: () => listeners.forEach((listener) => listener()),
    listen(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    }
  }
}

/** How often a running worker looks for due deliveries when nobody rings: retries come due this way. */
export const DELIVERY_POLL_MS = 1000
/** Deliveries claimed at a time. */
export const DELIVERY_BATCH = 10
/**
 * How long a claim holds. It must outlast a batch: a send takes at most five provider calls of
 * PROVIDER_TIMEOUT_MS (token, send, a renewed token, a resend, then SMS), 25 s, and one recipient's
 * messages go one after another, so a batch for one person takes at most 250 s.
 */
export const DELIVERY_LEASE_MS = 5 * 60_000

export interface DeliveryWorkerOptions {
  db: Queryable
  /** The transport and the clock, read at every use (tests swap the transport and move the clock). */
  services: { notify: NotifyTransport; now: () => Date; deliveryBell?: DeliveryBell }
  log: DeliveryWorkerLog
  pollMs?: number
  batchSize?: number
  leaseMs?: number
}

export interface DeliveryWorker {
  /** Claims and sends what is due until nothing is; answers how many deliveries were attempted. */
  drain(): Promise<number>
  /**
   * Sends now, at every ring of the bell and every pollMs; resolves when what was due at start has
   * been tried. `sole`: this is the only worker on the database (PGlite), so rows claimed at start
   * belong to a dead process and are released at once rather than when their lease ends.
   */
  start(options?: { sole?: boolean }): Promise<void>
  /** Stops claiming, and resolves once the sends under way are marked. */
  stop(): Promise<void>
}

export function deliveryWorker({ db, services, log, pollMs = DELIVERY_POLL_MS, batchSize = DELIVERY_BATCH, leaseMs = DELIVERY_LEASE_MS }: DeliveryWorkerOptions): DeliveryWorker {
  let stopping = false
  let pass: Promise<void> | undefined
  let rungDuringPass = false
  let stopListening: (() => void) | undefined
  let timer: NodeJS.Timeout | undefined
  let releaseFirst = false

  const attempt = async (d: ClaimedDelivery): Promise<void> => {
    if (!d.to) return markAttemptFailed(db, d.id, d.attempts, 'recipient_gone', 'account closed or staff account disabled', null)
    try {
      await services.notify.send({ to: d.to, trackingNo: d.trackingNo, text: d.text, at: d.at.toISOString() })
    } catch (error) {
      const known = error instanceof DeliveryError ? error : undefined
      const failure = known?.failure ?? 'unavailable'
      const retryAt = nextAttemptAfter(failure, d.attempts, services.now())
      // Neither the phone nor the openid goes to the log; the delivery id leads to them.
      log.warn(
        { deliveryId: d.id, trackingNo: d.trackingNo, provider: known?.provider, failure, providerCode: known?.providerCode, attempts: d.attempts, retryAt, err: error },
        retryAt ? 'notification not delivered, will retry' : 'notification not delivered, given up'
      )
      const detail = (known ? `${known.provider}:${known.providerCode} ${known.message}` : String((error as Error)?.message ?? error)).slice(0, 500)
      return markAttemptFailed(db, d.id, d.attempts, failure, detail, retryAt)
    }
    await markDelivered(db, d.id, services.now())
  }

  /** One person's messages in the order they were queued; different people's side by side. */
  const sendBatch = async (batch: ClaimedDelivery[]): Promise<void> => {
    const byRecipient = new Map<string, ClaimedDelivery[]>()
    for (const d of batch) byRecipient.set(d.recipientKey, [...(byRecipient.get(d.recipientKey) ?? []), d])
    const outcomes = await Promise.allSettled(
      [...byRecipient.values()].map(async (queue) => {
        for (const d of queue) await attempt(d)
      })
    )
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected')
    if (failed) throw failed.reason
  }

  const drain = async (): Promise<number> => {
    let attempted = 0
    while (!stopping) {
      const now = services.now()
      const batch = await claimDueDeliveries(db, now, new Date(now.getTime() + leaseMs), batchSize)
      if (batch.length === 0) break
      await sendBatch(batch)
      attempted += batch.length
    }
    return attempted
  }

  const kick = (): void => {
    if (stopping) return
    if (pass) {
      rungDuringPass = true
      return
    }
    pass = (async () => {
      do {
        rungDuringPass = false
        try {
          if (releaseFirst) {
            await releaseClaimedDeliveries(db, services.now())
            releaseFirst = false
          }
          await drain()
        } catch (error) {
          // The database was unreachable or a mark failed: the rows stay due (or claimed until their lease ends) and the next poll tries again.
          log.error({ err: error }, 'delivery worker pass failed')
        }
      } while (rungDuringPass && !stopping)
    })().finally(() => {
      pass = undefined
    })
  }

  return {
    drain,
    start({ sole = false } = {}) {
      releaseFirst = sole
      stopListening = services.deliveryBell?.listen(kick)
      timer = setInterval(kick, pollMs)
      timer.unref()
      kick()
      return pass ?? Promise.resolve()
    },
    async stop() {
      stopping = true
      clearInterval(timer)
      stopListening?.()
      await pass
    }
  }
}

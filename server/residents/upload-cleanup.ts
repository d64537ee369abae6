import type { FastifyBaseLogger } from 'fastify'
import { UPLOAD_LIMITS } from '@/core/residents/upload-limits'
import type { Queryable } from '../db/db'
import { removeUnattachedUploads } from '../repositories/uploads-repository'

/** How often a running server removes the uploads never attached to a case. */
export const UPLOAD_CLEANUP_INTERVAL_MS = 60 * 60_000

/**
 * One run of the clean-up: removes every file uploaded more than a day before `now` that no case
 * refers to, and answers how many. One function, for the server's timer and any later jobs module.
 */
export function cleanUpUnattachedUploads(db: Queryable, now: Date): Promise<number> {
  return removeUnattachedUploads(db, new Date(now.getTime() - UPLOAD_LIMITS.unattachedKeptMs))
}

/**
 * Runs the clean-up now and then every `intervalMs` (server/main.ts starts it beside the reminders);
 * answers a stop function for closing. A failed run is logged and tried again at the next interval.
 */
export function scheduleUploadCleanup(db: Queryable, now: () => Date, log: FastifyBaseLogger, intervalMs: number = UPLOAD_CLEANUP_INTERVAL_MS): () => void {
  const run = async () => {
    try {
      const removed = await cleanUpUnattachedUploads(db, now())
      if (removed > 0) log.info({ removed }, 'unattached uploads removed')
    } catch (error) {
      log.error({ err: error }, 'removing unattached uploads failed')
    }
  }
  void run()
  const timer = setInterval(() => void run(), intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}

import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { buildApp } from './app'
import { shareContentVersion } from './cache/content-version-sync'
import { ConfigError, loadConfig, type Config } from './config'
import type { Db } from './db/db'
import { DataDirInUseError } from './db/lock'
import { loggerOptions } from './http/logging'
import { migrate } from './db/migrator'
import { openDb } from './db/open'
import { PostgresDb } from './db/postgres'
import { deliveryWorker } from './deliveries/worker'
import { isContentEmpty, loadDemoContent } from './demo/load-demo'
import { createResidentServices, wechatSignInNotice } from './residents/services'
import { scheduleUploadCleanup } from './residents/upload-cleanup'
import { scheduleReminders } from './staff/reminders'
import { removeServerFile, writeServerFile } from './staff/server-file'

/** The H5 build `npm start` serves next to the API. */
export const H5_DIR = path.resolve(__dirname, '..', 'dist', 'h5')

export interface RunningServer {
  app: FastifyInstance
  db: Db
  /** http://HOST:PORT with the port actually bound (PORT=0 picks a free one). */
  url: string
  /** Stops accepting requests, lets the ones in flight finish, closes the database and its lock. */
  close(): Promise<void>
}

/**
 * Opens the database (taking DATA_DIR's lock when embedded), applies the migrations, loads the demo
 * content into an empty database, and listens.
 */
export async function startServer(config: Config, staticDir: string | null = H5_DIR): Promise<RunningServer> {
  const db = await openDb(config)
  try {
    await migrate(db)
    if (await isContentEmpty(db)) await loadDemoContent(db)
    const residents = createResidentServices(config)
    const app = await buildApp({
      db,
      staticDir,
      publicCache: true,
      logger: loggerOptions(config.logLevel),
      residents,
      trustProxy: config.trustProxy,
      metrics: { token: config.metricsToken },
      rateLimitPerMinute: config.apiRateLimitPerMinute
    })
    try {
      await app.listen({ port: config.port, host: config.host })
    } catch (error) {
      await app.close()
      throw error
    }
    const address = app.server.address()
    const port = typeof address === 'object' && address ? address.port : config.port
    const host = config.host.includes(':') ? `[${config.host}]` : config.host
    const url = `http://${host}:${port}`
    // Operator scripts (scripts/staff.ts) find the running server here.
    writeServerFile(config.dataDir, url)
    const stopReminders = scheduleReminders(app, residents.secrets.staffToken)
    // Files uploaded and never attached to a case go after a day; hourly, beside the reminders.
    const stopUploadCleanup = scheduleUploadCleanup(db, residents.now, app.log)
    // WeChat and SMS messages queued with their events; on PGlite this process is the only worker there is.
    // Other servers on the same PostgreSQL database hear of content changes made here, and this one of theirs.
    const contentVersion = db instanceof PostgresDb ? await shareContentVersion(db, app.log) : undefined
    const deliveries = deliveryWorker({ db, services: residents, log: app.log })
    void deliveries.start({ sole: db.engine === 'pglite' })
    return {
      app,
      db,
      url,
      async close() {
        try {
          stopReminders()
          stopUploadCleanup()
          removeServerFile(config.dataDir)
          await app.close()
          await contentVersion?.stop()
          // After the requests in flight, whose deliveries then wait in the table for the next start.
          await deliveries.stop()
        } finally {
          await db.close()
        }
      }
    }
  } catch (error) {
    await db.close()
    throw error
  }
}

/**
 * `npm run serve` (and the end of `npm start`): prints how WeChat sign-in is served (configured, the
 * development stand-in, or not at all) and `街坊通已启动: <url>` once listening (the e2e harness waits
 * for that line), closes gracefully on SIGINT/SIGTERM, and exits 1 with a plain
 * message when the configuration is wrong or DATA_DIR is taken.
 */
export async function main(): Promise<void> {
  let server: RunningServer
  let config: Config
  try {
    config = loadConfig()
    server = await startServer(config)
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirInUseError) console.error(error.message)
    else console.error('街坊通启动失败 / the server failed to start:', error)
    process.exit(1)
  }
  console.log(wechatSignInNotice(config))
  console.log(`街坊通已启动: ${server.url}`)

  let closing = false
  const stop = (signal: NodeJS.Signals) => {
    if (closing) {
      // A second Ctrl-C: the user does not want to wait for requests in flight.
      process.exit(1)
    }
    closing = true
    server.app.log.info({ signal }, 'closing')
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('关闭时出错 / error while closing:', error)
        process.exit(1)
      }
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

if (require.main === module) void main()

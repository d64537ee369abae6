import path from 'node:path'
import { z } from 'zod'

/**
 * The server's configuration, read from the environment in this one place (.env.example documents
 * every variable). Messages are bilingual: the operator starting the server may read either.
 */

/** An empty variable (`DATABASE_URL=`) means "not set", as in most shells' .env files. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional())

const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
  z.preprocess((value) => (value === undefined || value === '' ? fallback : value), schema)

const EnvSchema = z.object({
  PORT: withDefault(
    z.coerce
      .number({ error: '必须是数字 / must be a number' })
      .int({ error: '必须是整数 / must be an integer' })
      .min(0, { error: '必须在 0 到 65535 之间 / must be between 0 and 65535' })
      .max(65535, { error: '必须在 0 到 65535 之间 / must be between 0 and 65535' }),
    8080
  ),
  HOST: withDefault(z.string().min(1, { error: '不能为空 / must not be empty' }), '127.0.0.1'),
  DATA_DIR: withDefault(z.string().min(1, { error: '不能为空 / must not be empty' }), './data'),
  DATABASE_URL: optional(
    z.string().regex(/^postgres(ql)?:\/\/\S+$/, {
      error: '应为 postgres://用户@主机:端口/数据库 / must be a postgres:// connection URL'
    })
  ),
  LOG_LEVEL: withDefault(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: '应为 fatal、error、warn、info、debug、trace 或 silent / must be one of fatal, error, warn, info, debug, trace, silent'
    }),
    'info'
  ),
  DB_SCHEMA: optional(
    z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, {
      error: '只能包含小写字母、数字和下划线 / must be a lower-case PostgreSQL identifier (a-z, 0-9, _)'
    })
  ),
  WECHAT_APPID: optional(z.string().regex(/^wx[0-9a-f]{16}$/, { error: '应为 wx 开头的 18 位小程序 AppID / must be a mini-program AppID (wx + 16 hex)' })),
  WECHAT_SECRET: optional(z.string().min(16, { error: '至少 16 个字符 / must be at least 16 characters' })),
  ID_ENCRYPTION_KEY: optional(z.string().regex(/^[0-9a-f]{64}$/, { error: '应为 64 位十六进制字符 / must be 64 hex characters (32 bytes)' })),
  WECHAT_TEMPLATE_IDS: optional(
    z.string().regex(/^[A-Za-z0-9_-]{10,64}(,[A-Za-z0-9_-]{10,64}){0,2}$/, {
      error: '应为 1 到 3 个以逗号分隔的订阅消息模板 ID / must be 1 to 3 comma-separated subscription template ids'
    })
  ),
  STAFF_TOKEN: optional(z.string().min(32, { error: '至少 32 个字符 / must be at least 32 characters' }))
})

export interface Config {
  port: number
  host: string
  /** Absolute path of the directory holding the embedded database and uploaded files. */
  dataDir: string
  /** A PostgreSQL server to use instead of the embedded database. */
  databaseUrl: string | undefined
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  /** PostgreSQL schema to work in (tests give each run its own); the server's default otherwise. */
  dbSchema: string | undefined
  /** code2session credentials; without them WeChat sign-in uses the development stand-in. */
  wechat: { appId: string; secret: string } | undefined
  /** Subscription-message templates the mini-program asks residents to allow when they submit. */
  wechatTemplateIds: string[] | undefined
  /** AES-256-GCM key of identity numbers at rest; generated into DATA_DIR/secrets.json when not given. */
  idEncryptionKey: string | undefined
  /** Bearer token of the system, for operator scripts and the reminder run; generated into DATA_DIR/secrets.json when not given. */
  staffToken: string | undefined
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/**
 * Validates the environment and returns the configuration, or throws a ConfigError that names every
 * wrong variable.
 * @example loadConfig({ PORT: '3000' }).port // 3000
 */
export function loadConfig(env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): Config {
  const parsed = EnvSchema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0])
      return `  ${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`
    })
    throw new ConfigError(['配置有误，请检查环境变量 / Invalid configuration, check the environment:', ...lines].join('\n'))
  }
  const e = parsed.data
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(cwd, e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    dbSchema: e.DB_SCHEMA,
    wechat: e.WECHAT_APPID && e.WECHAT_SECRET ? { appId: e.WECHAT_APPID, secret: e.WECHAT_SECRET } : undefined,
    wechatTemplateIds: e.WECHAT_TEMPLATE_IDS?.split(','),
    idEncryptionKey: e.ID_ENCRYPTION_KEY,
    staffToken: e.STAFF_TOKEN
  }
}

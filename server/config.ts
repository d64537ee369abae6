import path from 'node:path'
import { z } from 'zod'
import { TEMPLATE_SOURCES, WECHAT_API_BASE, type TemplateSource } from './adapters/wechat-subscribe'

/**
 * The server's configuration, read from the environment in this one place (.env.example documents
 * every variable). Messages are bilingual: the operator starting the server may read either.
 */

/** An empty variable (`DATABASE_URL=`) means "not set", as in most shells' .env files. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional())

const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
  z.preprocess((value) => (value === undefined || value === '' ? fallback : value), schema)

const httpUrl = z.string().regex(/^https?:\/\/[^\s/]+(\/\S*)?$/, { error: '应为 http(s):// 地址 / must be an http(s):// URL' })
const smsTemplate = z.string().regex(/^SMS_\d+$/, { error: '应为 SMS_ 开头的模板 CODE / must be a template code like SMS_123456789' })
const TEMPLATE_FIELD = new RegExp(`[a-z_]+\\d+=(${TEMPLATE_SOURCES.join('|')})`)

/** Alibaba Cloud SMS needs these four together; the notice template is optional. */
const ALIYUN_REQUIRED = ['ALIYUN_SMS_ACCESS_KEY_ID', 'ALIYUN_SMS_ACCESS_KEY_SECRET', 'ALIYUN_SMS_SIGN_NAME', 'ALIYUN_SMS_CODE_TEMPLATE'] as const

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
  WECHAT_STAND_IN: withDefault(z.enum(['0', '1'], { error: '应为 0 或 1 / must be 0 or 1' }), '0'),
  ID_ENCRYPTION_KEY: optional(z.string().regex(/^[0-9a-f]{64}$/, { error: '应为 64 位十六进制字符 / must be 64 hex characters (32 bytes)' })),
  WECHAT_TEMPLATE_IDS: optional(
    z.string().regex(/^[A-Za-z0-9_-]{10,64}(,[A-Za-z0-9_-]{10,64}){0,2}$/, {
      error: '应为 1 到 3 个以逗号分隔的订阅消息模板 ID / must be 1 to 3 comma-separated subscription template ids'
    })
  ),
  STAFF_TOKEN: optional(z.string().min(32, { error: '至少 32 个字符 / must be at least 32 characters' })),
  METRICS_TOKEN: optional(z.string().min(32, { error: '至少 32 个字符 / must be at least 32 characters' })),
  WECHAT_API_BASE: withDefault(httpUrl, WECHAT_API_BASE),
  WECHAT_NOTIFY_FIELDS: withDefault(
    z.string().regex(new RegExp(`^${TEMPLATE_FIELD.source}(,${TEMPLATE_FIELD.source})*$`), {
      error: `应为 关键词=来源 的逗号分隔列表，来源为 ${TEMPLATE_SOURCES.join('、')} / must be comma-separated keyword=source pairs, source one of ${TEMPLATE_SOURCES.join(', ')}`
    }),
    'character_string1=trackingNo,thing2=status,time3=at'
  ),
  ALIYUN_SMS_ACCESS_KEY_ID: optional(z.string().regex(/^[A-Za-z0-9]{8,64}$/, { error: '应为阿里云 AccessKey ID / must be an Alibaba Cloud AccessKey ID' })),
  ALIYUN_SMS_ACCESS_KEY_SECRET: optional(z.string().min(16, { error: '至少 16 个字符 / must be at least 16 characters' })),
  ALIYUN_SMS_SIGN_NAME: optional(z.string().min(2, { error: '应为审核通过的短信签名 / must be an approved SMS signature' }).max(12, { error: '短信签名最多 12 个字 / at most 12 characters' })),
  ALIYUN_SMS_CODE_TEMPLATE: optional(smsTemplate),
  ALIYUN_SMS_NOTIFY_TEMPLATE: optional(smsTemplate),
  ALIYUN_SMS_ENDPOINT: withDefault(httpUrl, 'https://dysmsapi.aliyuncs.com'),
  SMS_CODES_PER_IP_PER_HOUR: withDefault(
    z.coerce.number({ error: '必须是数字 / must be a number' }).int({ error: '必须是整数 / must be an integer' }).min(1, { error: '至少为 1 / must be at least 1' }),
    20
  ),
  API_RATE_LIMIT_PER_MINUTE: withDefault(
    z.coerce.number({ error: '必须是数字 / must be a number' }).int({ error: '必须是整数 / must be an integer' }).min(1, { error: '至少为 1 / must be at least 1' }).max(1_000_000, { error: '最多 1000000 / at most 1000000' }),
    300
  ),
  TRUST_PROXY: optional(
    z.string().regex(/^(true|false|\d{1,2}|[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*)$/, {
      error: '应为 true、false、代理层数或以逗号分隔的代理地址 / must be true, false, a hop count or comma-separated proxy addresses'
    })
  )
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
  /** code2session and phone-number credentials; without them WeChat sign-in is the stand-in or unavailable. */
  wechat: { appId: string; secret: string } | undefined
  /**
   * WECHAT_STAND_IN=1: without `wechat`, WeChat sign-in and the phone-number quick check are served by
   * a local stand-in that accepts any code (development and tests only: anyone could sign in as anyone).
   * Unset, they answer 503 and the mini-program offers the SMS code.
   */
  wechatStandIn: boolean
  /** Subscription-message templates the mini-program asks residents to allow when they submit. */
  wechatTemplateIds: string[] | undefined
  /** AES-256-GCM key of identity numbers at rest; generated into DATA_DIR/secrets.json when not given. */
  idEncryptionKey: string | undefined
  /** Bearer token of the system, for operator scripts and the reminder run; generated into DATA_DIR/secrets.json when not given. */
  staffToken: string | undefined
  /** Bearer token that lets a scraper elsewhere read /metrics (without it, only this machine's own, not through the proxy). */
  metricsToken: string | undefined
  /** Base address of the WeChat server API (code2session, access_token, subscription messages). */
  wechatApiBase: string
  /** Which keyword of the subscription template gets which value. */
  wechatNotifyFields: Record<string, TemplateSource>
  /** Alibaba Cloud SMS; without it codes and SMS notices go to DATA_DIR/outbox instead of phones. */
  aliyunSms:
    | { accessKeyId: string; accessKeySecret: string; signName: string; codeTemplate: string; notifyTemplate: string | undefined; endpoint: string }
    | undefined
  /** Sign-in codes one network address may ask for in an hour. */
  smsCodesPerIpPerHour: number
  /** Requests one network address may make to the API in a minute (answers from the public cache and /health not counted). */
  apiRateLimitPerMinute: number
  /** Fastify's trustProxy: which proxies' X-Forwarded-For gives the client's address (false: none). */
  trustProxy: boolean | number | string
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
  const parsed = EnvSchema.superRefine((e, ctx) => {
    const given = ALIYUN_REQUIRED.filter((name) => e[name] !== undefined)
    if (given.length === 0 && e.ALIYUN_SMS_NOTIFY_TEMPLATE === undefined) return
    for (const name of ALIYUN_REQUIRED.filter((n) => e[n] === undefined)) {
      ctx.addIssue({ code: 'custom', path: [name], message: '使用阿里云短信时必须设置 / required when Alibaba Cloud SMS is configured' })
    }
  }).safeParse(env)
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
    wechatStandIn: e.WECHAT_STAND_IN === '1',
    wechatTemplateIds: e.WECHAT_TEMPLATE_IDS?.split(','),
    idEncryptionKey: e.ID_ENCRYPTION_KEY,
    staffToken: e.STAFF_TOKEN,
    metricsToken: e.METRICS_TOKEN,
    wechatApiBase: e.WECHAT_API_BASE,
    wechatNotifyFields: Object.fromEntries(e.WECHAT_NOTIFY_FIELDS.split(',').map((pair) => pair.split('=') as [string, TemplateSource])),
    aliyunSms:
      e.ALIYUN_SMS_ACCESS_KEY_ID && e.ALIYUN_SMS_ACCESS_KEY_SECRET && e.ALIYUN_SMS_SIGN_NAME && e.ALIYUN_SMS_CODE_TEMPLATE
        ? {
            accessKeyId: e.ALIYUN_SMS_ACCESS_KEY_ID,
            accessKeySecret: e.ALIYUN_SMS_ACCESS_KEY_SECRET,
            signName: e.ALIYUN_SMS_SIGN_NAME,
            codeTemplate: e.ALIYUN_SMS_CODE_TEMPLATE,
            notifyTemplate: e.ALIYUN_SMS_NOTIFY_TEMPLATE,
            endpoint: e.ALIYUN_SMS_ENDPOINT
          }
        : undefined,
    smsCodesPerIpPerHour: e.SMS_CODES_PER_IP_PER_HOUR,
    apiRateLimitPerMinute: e.API_RATE_LIMIT_PER_MINUTE,
    trustProxy: trustProxyOf(e.TRUST_PROXY)
  }
}

/**
 * TRUST_PROXY as Fastify takes it: unset or false trusts nobody (the socket's address counts), true
 * trusts every proxy, a number that many hops, anything else the listed addresses or CIDRs.
 * @example trustProxyOf('1') // 1
 */
export function trustProxyOf(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false
  if (value === 'true') return true
  return /^\d+$/.test(value) ? Number(value) : value
}

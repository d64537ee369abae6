import path from 'node:path'
import { ConfigError, loadConfig } from './config'

describe('loadConfig', () => {
  it('gives the documented defaults when nothing is set', () => {
    expect(loadConfig({}, '/srv/jiefang')).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: path.resolve('/srv/jiefang', 'data'),
      databaseUrl: undefined,
      logLevel: 'info',
      dbSchema: undefined,
      wechatStandIn: false,
      wechatApiBase: 'https://api.weixin.qq.com',
      wechatNotifyFields: { character_string1: 'trackingNo', thing2: 'status', time3: 'at' },
      aliyunSms: undefined,
      smsCodesPerIpPerHour: 20,
      apiRateLimitPerMinute: 300,
      trustProxy: false
    })
  })

  it('reads every variable it documents', () => {
    const config = loadConfig(
      {
        PORT: '0',
        HOST: '0.0.0.0',
        DATA_DIR: '/var/lib/jiefang',
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
        LOG_LEVEL: 'warn',
        DB_SCHEMA: 'test_1',
        WECHAT_STAND_IN: '1',
        WECHAT_API_BASE: 'http://127.0.0.1:9000',
        WECHAT_NOTIFY_FIELDS: 'character_string2=trackingNo,thing4=text,date5=date',
        ALIYUN_SMS_ACCESS_KEY_ID: 'LTAI5tTestKeyId',
        ALIYUN_SMS_ACCESS_KEY_SECRET: 'test-secret-0123456789',
        ALIYUN_SMS_SIGN_NAME: '街坊通',
        ALIYUN_SMS_CODE_TEMPLATE: 'SMS_100000001',
        ALIYUN_SMS_NOTIFY_TEMPLATE: 'SMS_100000002',
        ALIYUN_SMS_ENDPOINT: 'https://dysmsapi.aliyuncs.com',
        SMS_CODES_PER_IP_PER_HOUR: '50',
        API_RATE_LIMIT_PER_MINUTE: '1200',
        TRUST_PROXY: '10.0.0.0/8,127.0.0.1'
      },
      '/srv'
    )
    expect(config).toEqual({
      port: 0,
      host: '0.0.0.0',
      dataDir: '/var/lib/jiefang',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/test',
      logLevel: 'warn',
      dbSchema: 'test_1',
      wechatStandIn: true,
      wechatApiBase: 'http://127.0.0.1:9000',
      wechatNotifyFields: { character_string2: 'trackingNo', thing4: 'text', date5: 'date' },
      aliyunSms: {
        accessKeyId: 'LTAI5tTestKeyId',
        accessKeySecret: 'test-secret-0123456789',
        signName: '街坊通',
        codeTemplate: 'SMS_100000001',
        notifyTemplate: 'SMS_100000002',
        endpoint: 'https://dysmsapi.aliyuncs.com'
      },
      smsCodesPerIpPerHour: 50,
      apiRateLimitPerMinute: 1200,
      trustProxy: '10.0.0.0/8,127.0.0.1'
    })
  })

  it('refuses Alibaba Cloud SMS settings with a required one missing, naming it', () => {
    expect(() => loadConfig({ ALIYUN_SMS_ACCESS_KEY_ID: 'LTAI5tTestKeyId', ALIYUN_SMS_ACCESS_KEY_SECRET: 'test-secret-0123456789', ALIYUN_SMS_SIGN_NAME: '街坊通' })).toThrow(
      /ALIYUN_SMS_CODE_TEMPLATE="": 使用阿里云短信时必须设置/
    )
  })

  it('refuses a template field with an unknown source and a limit below one', () => {
    expect(() => loadConfig({ WECHAT_NOTIFY_FIELDS: 'thing2=title' })).toThrow(/WECHAT_NOTIFY_FIELDS="thing2=title"/)
    expect(() => loadConfig({ SMS_CODES_PER_IP_PER_HOUR: '0' })).toThrow(/SMS_CODES_PER_IP_PER_HOUR="0": 至少为 1/)
  })

  it('reads TRUST_PROXY as Fastify takes it: off, every proxy, a hop count, or addresses', () => {
    expect(['', 'false', 'true', '1', '127.0.0.1'].map((TRUST_PROXY) => loadConfig({ TRUST_PROXY }).trustProxy)).toEqual([false, false, true, 1, '127.0.0.1'])
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY="everyone"/)
  })

  it('turns the WeChat sign-in stand-in on only when WECHAT_STAND_IN is exactly 1', () => {
    expect(['', '0', '1'].map((WECHAT_STAND_IN) => loadConfig({ WECHAT_STAND_IN }).wechatStandIn)).toEqual([false, false, true])
    expect(() => loadConfig({ WECHAT_STAND_IN: 'yes' })).toThrow(/WECHAT_STAND_IN="yes": 应为 0 或 1/)
  })

  it('treats an empty variable as not set', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '', DB_SCHEMA: '' }, '/srv')).toMatchObject({ port: 8080, databaseUrl: undefined, dbSchema: undefined })
  })

  it('refuses a port that is not a number, in Chinese and English, naming the variable and its value', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError)
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT="eighty": 必须是数字 \/ must be a number/)
  })

  it('refuses a port above 65535', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT="70000": 必须在 0 到 65535 之间/)
  })

  it('refuses a DATABASE_URL that is not a postgres URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://localhost/x' })).toThrow(/DATABASE_URL=.*postgres:\/\//)
  })

  it('refuses an unknown log level and a schema name that is not a plain identifier', () => {
    let message = ''
    try {
      loadConfig({ LOG_LEVEL: 'loud', DB_SCHEMA: 'x; drop table y' })
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/^配置有误，请检查环境变量 \/ Invalid configuration/)
    expect(message).toContain('LOG_LEVEL="loud"')
    expect(message).toContain('DB_SCHEMA="x; drop table y"')
  })
})

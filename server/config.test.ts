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
      dbSchema: undefined
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
        DB_SCHEMA: 'test_1'
      },
      '/srv'
    )
    expect(config).toEqual({
      port: 0,
      host: '0.0.0.0',
      dataDir: '/var/lib/jiefang',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/test',
      logLevel: 'warn',
      dbSchema: 'test_1'
    })
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

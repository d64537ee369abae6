import { PostgresDb } from './postgres'

describe('PostgresDb.open', () => {
  it('refuses a schema name that is not a plain identifier before connecting', async () => {
    await expect(PostgresDb.open({ connectionString: 'postgres://nobody@127.0.0.1:1/none', schema: 'x; drop schema public' })).rejects.toThrow(
      'Schema name "x; drop schema public" must be a lower-case identifier (a-z, 0-9, _)'
    )
  })

  it('fails at open, not at the first request, when the server cannot be reached', async () => {
    await expect(PostgresDb.open({ connectionString: 'postgres://nobody@127.0.0.1:1/none' })).rejects.toMatchObject({ code: 'ECONNREFUSED' })
  })
})

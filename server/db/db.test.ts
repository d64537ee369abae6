import { describeEachEngine, truncateAll } from '../../test/support/db'

describeEachEngine('the Db interface', (getDb) => {
  beforeAll(async () => {
    await getDb().exec(`
      create table probe_items (id serial primary key, name text not null unique, amount numeric(10, 2),
        on_day date, at_instant timestamptz, at_local timestamp, extra jsonb);
    `)
  })

  it('runs a parameterised query and returns plain rows', async () => {
    const rows = await getDb().query<{ id: number; name: string }>(
      'insert into probe_items (name) values ($1) returning id, name',
      ['一号']
    )
    expect(rows).toEqual([{ id: expect.any(Number), name: '一号' }])
  })

  it('returns counts as numbers, dates as YYYY-MM-DD text, numerics as text and instants as Dates on both engines', async () => {
    const [row] = await getDb().query(
      `select count(*) as n, '2025-03-01'::date as day, 12.50::numeric(10, 2) as amount,
              '2025-03-01T08:00:00+08:00'::timestamptz as instant, '2025-03-01 08:00:00'::timestamp as local,
              '{"a": [1]}'::jsonb as extra, 7::bigint as big`
    )
    expect(row).toEqual({
      n: 1,
      day: '2025-03-01',
      amount: '12.50',
      instant: new Date('2025-03-01T00:00:00Z'),
      local: new Date('2025-03-01T08:00:00Z'),
      extra: { a: [1] },
      big: 7
    })
  })

  it('reports a unique violation with PostgreSQL code 23505 and keeps working afterwards', async () => {
    await getDb().query('insert into probe_items (name) values ($1)', ['重复'])
    await expect(getDb().query('insert into probe_items (name) values ($1)', ['重复'])).rejects.toMatchObject({ code: '23505' })
    await expect(getDb().query('select $1::int as one', [1])).resolves.toEqual([{ one: 1 }])
  })

  it('commits a transaction whose work resolves and returns its result', async () => {
    const id = await getDb().transaction(async (tx) => {
      const [row] = await tx.query<{ id: number }>('insert into probe_items (name) values ($1) returning id', ['提交'])
      await tx.query('update probe_items set amount = 1 where id = $1', [row.id])
      return row.id
    })
    expect(await getDb().query('select amount from probe_items where id = $1', [id])).toEqual([{ amount: '1.00' }])
  })

  it('rolls back every statement of a transaction whose work throws, and rethrows', async () => {
    await expect(
      getDb().transaction(async (tx) => {
        await tx.query('insert into probe_items (name) values ($1)', ['回滚'])
        throw new Error('work failed')
      })
    ).rejects.toThrow('work failed')
    expect(await getDb().query('select * from probe_items where name = $1', ['回滚'])).toEqual([])
  })

  it('runs several statements with exec, also inside a transaction', async () => {
    await getDb().transaction((tx) =>
      tx.exec(`insert into probe_items (name) values ('甲'); insert into probe_items (name) values ('乙');`)
    )
    const rows = await getDb().query<{ name: string }>(`select name from probe_items where name in ('甲', '乙')`)
    expect(new Set(rows.map((r) => r.name))).toEqual(new Set(['甲', '乙']))
  })

  it('keeps every one of many concurrent transactions and atomic increments', async () => {
    await getDb().query(`insert into probe_items (name, amount) values ('计数', 0)`)
    await Promise.all(
      Array.from({ length: 20 }, () =>
        getDb().transaction((tx) => tx.query(`update probe_items set amount = amount + 1 where name = '计数'`))
      )
    )
    expect(await getDb().query(`select amount from probe_items where name = '计数'`)).toEqual([{ amount: '20.00' }])
  })

  it('starts migrated: schema_migrations lists the platform baseline', async () => {
    const rows = await getDb().query<{ version: string }>('select version from schema_migrations order by version')
    expect(rows[0]).toEqual({ version: '001' })
  })

  it('can be emptied between tests by truncateAll, which keeps the migration records and restarts ids', async () => {
    await truncateAll(getDb())
    expect(await getDb().query('select * from probe_items')).toEqual([])
    expect((await getDb().query('select * from schema_migrations')).length).toBeGreaterThan(0)
    const [row] = await getDb().query<{ id: number }>(`insert into probe_items (name) values ('重新开始') returning id`)
    expect(row.id).toBe(1)
  })
})

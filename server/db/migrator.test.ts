import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describeEachEngine } from '../../test/support/db'
import { migrate, readMigrations, type Migration } from './migrator'

const m = (version: string, sql: string): Migration => ({ version, name: `probe_${version}`, sql })

describeEachEngine('migrate', (getDb) => {
  const first = m('901', 'create table probe_ordered (id integer primary key);')
  const second = m('902', 'alter table probe_ordered add column label text not null default $$x$$;')

  it('applies pending migrations in order and records each one', async () => {
    expect(await migrate(getDb(), [first, second])).toEqual(['901', '902'])
    await getDb().query('insert into probe_ordered (id) values (1)')
    expect(await getDb().query('select id, label from probe_ordered')).toEqual([{ id: 1, label: 'x' }])
    const recorded = await getDb().query(`select version, name from schema_migrations where version in ('901', '902') order by version`)
    expect(recorded).toEqual([
      { version: '901', name: 'probe_901' },
      { version: '902', name: 'probe_902' }
    ])
  })

  it('changes nothing when run again', async () => {
    expect(await migrate(getDb(), [first, second])).toEqual([])
    expect(await getDb().query('select id from probe_ordered')).toEqual([{ id: 1 }])
  })

  it('rolls back the whole failing file and its record, keeping the migrations before it', async () => {
    const failing = m('903', 'create table probe_half (id integer); insert into no_such_table values (1);')
    await expect(migrate(getDb(), [first, second, failing])).rejects.toMatchObject({ code: '42P01' })
    const tables = await getDb().query(`select 1 from pg_tables where schemaname = current_schema() and tablename = 'probe_half'`)
    expect(tables).toEqual([])
    expect(await getDb().query(`select 1 from schema_migrations where version = '903'`)).toEqual([])
    expect(await getDb().query(`select count(*) as n from schema_migrations where version in ('901', '902')`)).toEqual([{ n: 2 }])
  })

  it('applies each migration once when two migrators run at the same time', async () => {
    const counted = m('904', 'create table probe_once (id integer);')
    const results = await Promise.all([migrate(getDb(), [counted]), migrate(getDb(), [counted])])
    expect(results.flat()).toEqual(['904'])
  })
})

describe('readMigrations', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-migrations-'))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('reads NNN_name.sql files in version order and ignores other files', () => {
    fs.writeFileSync(path.join(dir, '010_later.sql'), 'select 2;')
    fs.writeFileSync(path.join(dir, '002_earlier.sql'), 'select 1;')
    fs.writeFileSync(path.join(dir, 'README.md'), 'notes')
    expect(readMigrations(dir)).toEqual([
      { version: '002', name: 'earlier', sql: 'select 1;' },
      { version: '010', name: 'later', sql: 'select 2;' }
    ])
  })

  it('refuses a .sql file that is not named NNN_name.sql', () => {
    fs.writeFileSync(path.join(dir, 'add-users.sql'), 'select 1;')
    expect(() => readMigrations(dir)).toThrow('Migration file add-users.sql must be named NNN_name.sql')
  })

  it('refuses two files with the same version', () => {
    fs.writeFileSync(path.join(dir, '003_a.sql'), 'select 1;')
    fs.writeFileSync(path.join(dir, '003_b.sql'), 'select 1;')
    expect(() => readMigrations(dir)).toThrow('Two migrations share version 003')
  })

  it('finds the project migrations, starting with the platform baseline', () => {
    expect(readMigrations()[0]).toMatchObject({ version: '001', name: 'platform' })
  })
})

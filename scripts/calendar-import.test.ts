import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// The refusals happen before any database is opened, so these run in a second or two.
const run = (...args: string[]) =>
  spawnSync(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, 'calendar-import.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'calendar-import-')) }
  })

const fileWith = (content: string) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'calendar-file-')), 'schedule.json')
  fs.writeFileSync(file, content)
  return file
}

describe('npm run calendar:import', () => {
  it('without a file it says how to use it and fails', () => {
    const result = run()
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('npm run calendar:import -- 文件.json')
  })

  it('refuses a schedule with an impossible date and a weekday as make-up day, naming each place', () => {
    const file = fileWith(
      JSON.stringify({
        year: 2027,
        source: { title: '国务院办公厅关于2027年部分节假日安排的通知' },
        holidays: [{ name: '春节', daysOff: ['2027-02-30'], makeUpWorkdays: ['2027-02-10'] }]
      })
    )
    const result = run(file)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('holidays.0.daysOff.0')
    expect(result.stderr).toContain('2027-02-10 不是周末，不能作为调休上班日')
  }, 30_000)

  it('refuses a file that is not JSON', () => {
    const result = run(fileWith('{ year: 2027'))
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('无法读取')
  }, 30_000)
})

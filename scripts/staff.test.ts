import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadConfig } from '../server/config'
import { startServer, type RunningServer } from '../server/main'
import { SERVER_FILE } from '../server/staff/server-file'
import { runStaffCli, UsageError, USAGE } from './staff'

/** The CLI on a real embedded DATA_DIR: first with the server stopped, then through a running one. */
describe('npm run staff', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'staff-cli-'))
  const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' })
  let server: RunningServer | undefined
  afterAll(async () => {
    await server?.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('adds a staff member while the server is stopped, and lists them', async () => {
    const added = await runStaffCli(['add', '--name', '王芳', '--phone', '13900000001', '--role', 'leader', '--password', 'a-long-password'], config)
    expect(added).toEqual(['已添加 / added: 1\t王芳\t13900000001\tleader\t-'])
    expect(await runStaffCli(['list'], config)).toEqual(['1\t王芳\t13900000001\tleader\t-'])
  }, 120_000)

  it('refuses a clerk without a department and names the option', async () => {
    await expect(runStaffCli(['add', '--name', '李四', '--phone', '13900000002', '--role', 'clerk', '--password', 'a-long-password'], config)).rejects.toThrow(
      '经办人和科室负责人必须属于一个科室'
    )
  }, 60_000)

  it('goes through the running server’s API while it holds DATA_DIR, and the new account signs in', async () => {
    server = await startServer(config, null)
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, SERVER_FILE), 'utf8'))).toEqual({ pid: process.pid, url: server.url })
    await runStaffCli(['add', '--name', '赵主任', '--phone', '13900000003', '--role', 'clerk', '--department', 'social-affairs', '--password', 'another-password'], config)
    const login = await server.app.inject({ method: 'POST', url: '/api/v1/staff/auth/login', payload: { phone: '13900000003', password: 'another-password' } })
    expect(login.statusCode).toBe(200)
    await runStaffCli(['disable', '--phone', '13900000001'], config)
    expect(await runStaffCli(['list'], config)).toEqual(['1\t王芳\t13900000001\tleader\t-\t已停用', '2\t赵主任\t13900000003\tclerk\tsocial-affairs'])
  }, 120_000)

  it('takes a department by the name officials know it by', async () => {
    const added = await runStaffCli(['add', '--name', '钱科长', '--phone', '13900000004', '--role', 'head', '--department', '社会事务办公室', '--password', 'another-password'], config)
    expect(added).toEqual(['已添加 / added: 3\t钱科长\t13900000004\thead\tsocial-affairs'])
  }, 60_000)

  it('refuses an unknown department and lists the departments by key and name', async () => {
    const adding = runStaffCli(['add', '--name', '孙五', '--phone', '13900000005', '--role', 'clerk', '--department', 'nonsense', '--password', 'another-password'], config)
    await expect(adding).rejects.toThrow(UsageError)
    await expect(adding).rejects.toThrow(/没有这个科室[\s\S]*social-affairs\t社会事务办公室/)
    const listed = await runStaffCli(['list'], config)
    expect(listed.some((line) => line.includes('孙五'))).toBe(false)
  }, 60_000)

  it('prints its usage for --help', async () => {
    expect(await runStaffCli(['--help'], config)).toEqual([USAGE])
    expect(await runStaffCli(['add', '-h'], config)).toEqual([USAGE])
  })

  it('answers an unknown option with what was wrong and the usage, not a stack trace', async () => {
    await expect(runStaffCli(['add', '--departement', 'x'], config)).rejects.toThrow(/departement[\s\S]*用法/)
  })

  it('answers an unknown command with the usage', async () => {
    await expect(runStaffCli(['promote'], config)).rejects.toThrow(UsageError)
  })
})

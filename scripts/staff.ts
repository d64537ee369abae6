import { parseArgs } from 'node:util'
import { z } from 'zod'
import { StaffCreateBodySchema, StaffPasswordSchema, type StaffMember } from '../src/core/schemas/staff'
import { ConfigError, loadConfig, type Config } from '../server/config'
import type { Db } from '../server/db/db'
import { DataDirInUseError } from '../server/db/lock'
import { migrate } from '../server/db/migrator'
import { openDb } from '../server/db/open'
import { AppError } from '../server/http/errors'
import { listDepartmentsForStaff } from '../server/repositories/publishing-repository'
import { findStaffIdByPhone, listStaff } from '../server/repositories/staff-accounts-repository'
import { loadSecrets } from '../server/secrets'
import { addStaffAccount, disableStaffAccount, resetStaffPassword } from '../server/staff/accounts'
import { readServerFile } from '../server/staff/server-file'

/**
 * `npm run staff -- <command>`: staff accounts of the workbench.
 *
 *   npm run staff -- add --name 王芳 --phone 13900000001 --role clerk,head --department social-affairs --password '……'
 *   npm run staff -- list
 *   npm run staff -- disable --phone 13900000001
 *   npm run staff -- reset-password --phone 13900000001 --password '……'
 *
 * With the server stopped it opens the database itself (taking DATA_DIR's lock like the server);
 * while a server holds the lock it goes through that server's API (its address from
 * DATA_DIR/server.json, the system token from DATA_DIR/secrets.json), so the embedded database is
 * never opened by two processes. With DATABASE_URL it writes to the PostgreSQL server directly.
 */

export class UsageError extends Error {}

export const USAGE = `用法 / usage:
  npm run staff -- add --name 姓名 --phone 手机号 --role 角色 [--department 科室] --password 密码
  npm run staff -- list
  npm run staff -- disable --phone 手机号
  npm run staff -- reset-password --phone 手机号 --password 新密码

  --role        clerk 经办人、head 科室负责人、disclosure 政务公开工作人员、leader 分管领导、admin 系统管理员；
                可以有几个，用逗号隔开（clerk,head）
  --department  经办人和科室负责人所在的科室：代码（social-affairs）或名称（社会事务办公室）均可；
                写错时列出全部科室
  --password    至少 10 个字符`

/** A department as the CLI resolves it: its key, and the name officials know it by. */
export interface DepartmentName {
  key: string | null
  name: string
}

/**
 * The key of the department given on the command line, by key or by name (社会事务办公室): officials
 * know their office by its name. Anything else is refused with the list of departments.
 */
export function resolveDepartment(given: string, departments: DepartmentName[]): string {
  const wanted = given.trim()
  const found = departments.find((d) => d.key !== null && (d.key === wanted || d.name === wanted))
  if (found?.key) return found.key
  const known = departments.filter((d) => d.key !== null).map((d) => `  ${d.key}\t${d.name}`)
  if (known.length === 0) throw new UsageError(`还没有任何科室：先用 npm start 启动一次，载入科室后再添加 / no departments yet: start the server once`)
  throw new UsageError(`没有这个科室 / unknown department: ${given}\n可用的科室（代码或名称均可）/ departments (key or name):\n${known.join('\n')}`)
}

/** What the command does, against a database or a running server. */
interface Accounts {
  departments(): Promise<DepartmentName[]>
  add(body: z.infer<typeof StaffCreateBodySchema>): Promise<StaffMember>
  list(): Promise<StaffMember[]>
  disable(phone: string): Promise<void>
  resetPassword(phone: string, password: string): Promise<void>
}

const CLI_ACTOR = 'cli'

function direct(db: Db): Accounts {
  const idOf = async (phone: string) => {
    const id = await findStaffIdByPhone(db, phone)
    if (!id) throw new UsageError(`没有手机号为 ${phone} 的工作人员 / no staff member with phone ${phone}`)
    return id
  }
  return {
    departments: () => listDepartmentsForStaff(db),
    add: (body) => addStaffAccount(db, CLI_ACTOR, body),
    list: () => listStaff(db),
    disable: async (phone) => disableStaffAccount(db, CLI_ACTOR, await idOf(phone), new Date()),
    resetPassword: async (phone, password) => resetStaffPassword(db, CLI_ACTOR, await idOf(phone), password)
  }
}

function overHttp(url: string, token: string): Accounts {
  const call = async <T>(method: string, path: string, body?: object): Promise<T> => {
    const response = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined
    })
    if (response.status === 204) return undefined as T
    const answer = (await response.json()) as { error?: { message: string } }
    if (!response.ok) throw new UsageError(`${response.status} ${answer.error?.message ?? JSON.stringify(answer)}`)
    return answer as T
  }
  const idOf = async (phone: string) => {
    const found = (await call<StaffMember[]>('GET', '/staff/accounts')).find((s) => s.phone === phone)
    if (!found) throw new UsageError(`没有手机号为 ${phone} 的工作人员 / no staff member with phone ${phone}`)
    return found.id
  }
  return {
    departments: () => call('GET', '/staff/content/departments'),
    add: (body) => call('POST', '/staff/accounts', body),
    list: () => call('GET', '/staff/accounts'),
    disable: async (phone) => call('POST', `/staff/accounts/${await idOf(phone)}/disable`),
    resetPassword: async (phone, password) => call('PUT', `/staff/accounts/${await idOf(phone)}/password`, { password })
  }
}

const describe = (s: StaffMember): string => `${s.id}\t${s.name}\t${s.phone}\t${s.roles.join(',')}\t${s.department ?? '-'}${s.disabled ? '\t已停用' : ''}`

function parsed<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input)
  if (!result.success) throw new UsageError(result.error.issues.map((i) => `  ${i.path.join('.') || '参数'}：${i.message}`).join('\n'))
  return result.data
}

async function execute(accounts: Accounts, command: string, values: Record<string, string | undefined>): Promise<string[]> {
  const phone = () => parsed(z.string({ error: '请用 --phone 指明手机号' }), values.phone)
  switch (command) {
    case 'add': {
      const body = parsed(StaffCreateBodySchema, {
        name: values.name,
        phone: values.phone,
        roles: values.role?.split(',').map((r) => r.trim()),
        department: values.department === undefined ? null : resolveDepartment(values.department, await accounts.departments()),
        password: values.password
      })
      return [`已添加 / added: ${describe(await accounts.add(body))}`]
    }
    case 'list':
      return (await accounts.list()).map(describe)
    case 'disable':
      await accounts.disable(phone())
      return [`已停用 / disabled: ${values.phone}`]
    case 'reset-password':
      await accounts.resetPassword(phone(), parsed(StaffPasswordSchema, values.password))
      return [`已重设密码 / password reset: ${values.phone}`]
    default:
      throw new UsageError(USAGE)
  }
}

function parseOptions(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      phone: { type: 'string' },
      role: { type: 'string' },
      department: { type: 'string' },
      password: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    }
  })
}

/** Runs one command and answers the lines it prints. */
export async function runStaffCli(argv: string[], config: Config): Promise<string[]> {
  let options: ReturnType<typeof parseOptions>
  try {
    options = parseOptions(argv)
  } catch (error) {
    // An unknown option or one without its value: say which, then how the command is used.
    throw new UsageError(`${(error as Error).message}\n${USAGE}`)
  }
  const { values: { help, ...values }, positionals } = options
  if (help) return [USAGE]
  const [command] = positionals
  if (!command || !['add', 'list', 'disable', 'reset-password'].includes(command)) throw new UsageError(USAGE)
  let db: Db
  try {
    db = await openDb(config)
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error
    const server = readServerFile(config.dataDir)
    if (!server) throw new UsageError(`${error.message}\n找不到正在运行的服务器地址（${config.dataDir}/server.json） / the running server left no address`)
    return execute(overHttp(server.url, loadSecrets(config).staffToken), command, values)
  }
  try {
    await migrate(db)
    return await execute(direct(db), command, values)
  } finally {
    await db.close()
  }
}

if (require.main === module) {
  Promise.resolve()
    .then(() => runStaffCli(process.argv.slice(2), loadConfig()))
    .then(
      (lines) => lines.forEach((line) => console.log(line)),
      (error: unknown) => {
        if (error instanceof UsageError || error instanceof ConfigError || error instanceof AppError) console.error(error.message)
        else console.error('操作失败 / failed:', error)
        process.exit(1)
      }
    )
}

import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ConfigError, loadConfig } from '../server/config'
import { loadSecrets } from '../server/secrets'
import { readServerFile, SERVER_FILE } from '../server/staff/server-file'

/**
 * Drives a case to its reply from the command line, for operators and scripts (people use the staff
 * workbench), through the running server's staff API (so the embedded database is never opened by a
 * second process). The staff token comes from
 * DATA_DIR/secrets.json (or STAFF_TOKEN), the server address from --url, else from DATA_DIR/server.json
 * (written by the server that holds DATA_DIR, as `npm run staff` finds it), else from PORT/HOST.
 *
 *   tsx scripts/case-admin.ts show QS-2026-000001
 *   tsx scripts/case-admin.ts accept QS-2026-000001 [--on 2026-11-25]
 *   tsx scripts/case-admin.ts not-accept QS-… --reason "…"
 *   tsx scripts/case-admin.ts request-correction QS-… --missing "文件名称" --missing "年份" [--period 15]
 *   tsx scripts/case-admin.ts correction-received QS-…
 *   tsx scripts/case-admin.ts consultation-start QS-… [--party "第三方"] [--letter-received-on 2026-11-20] | consultation-end QS-…
 *   tsx scripts/case-admin.ts extend QS-… --days 20 --reason "…"   (a request: a head approves it in the workbench)
 *   tsx scripts/case-admin.ts reply QS-… --outcome disclosed --text "…" [--file 答复.pdf …]
 *   tsx scripts/case-admin.ts reopen QS-… | note QS-… --text "…"
 *   tsx scripts/case-admin.ts follow-up QS-… --said "群众的意见" --solved yes|no [--note "…"]
 *   tsx scripts/case-admin.ts register --phone 137… --name 李四 --kind complaint --title "…" --content "…" [--received-on 2026-11-20] [--channel window]
 *   tsx scripts/case-admin.ts token
 */

const EVENT_OF: Record<string, string> = {
  accept: 'accept',
  'not-accept': 'not_accept',
  'request-correction': 'request_correction',
  'correction-received': 'correction_received',
  'consultation-start': 'consultation_started',
  'consultation-end': 'consultation_ended',
  extend: 'extend',
  reply: 'reply',
  reopen: 'reopen',
  'follow-up': 'follow_up',
  note: 'note'
}

const USAGE = `用法 / usage: tsx scripts/case-admin.ts <${[...Object.keys(EVENT_OF), 'show', 'register', 'token'].join('|')}> [事项编号] [选项]`

async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      on: { type: 'string' },
      reason: { type: 'string' },
      missing: { type: 'string', multiple: true },
      period: { type: 'string' },
      party: { type: 'string' },
      'letter-received-on': { type: 'string' },
      days: { type: 'string' },
      outcome: { type: 'string' },
      text: { type: 'string' },
      said: { type: 'string' },
      solved: { type: 'string' },
      note: { type: 'string' },
      phone: { type: 'string' },
      name: { type: 'string' },
      kind: { type: 'string' },
      title: { type: 'string' },
      content: { type: 'string' },
      'received-on': { type: 'string' },
      channel: { type: 'string' },
      file: { type: 'string', multiple: true }
    }
  })
  const [command, trackingNo] = positionals
  const config = loadConfig()
  const token = loadSecrets(config).staffToken
  if (command === 'token') {
    console.log(token)
    return
  }
  const running = readServerFile(config.dataDir)
  const base = values.url ?? running?.url ?? `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`
  // fetch says only "fetch failed" when nothing listens: say where it looked and what to set.
  const reach = async (url: string, init: RequestInit): Promise<Response> => {
    try {
      return await fetch(url, init)
    } catch {
      const where = values.url ? '--url' : running ? `${config.dataDir}/${SERVER_FILE}` : `PORT/HOST（${config.dataDir} 里没有正在运行的服务器的 ${SERVER_FILE}）`
      throw new Error(
        `连不上服务器 ${base}（地址取自 ${where}）。请先用 npm start 启动服务器，或用 DATA_DIR 指向它的数据目录、--url 或 PORT 指明地址 / cannot reach the server at ${base}`
      )
    }
  }
  const call = async (method: string, path: string, body?: object) => {
    const response = await reach(`${base}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined
    })
    const answer = (await response.json()) as Record<string, unknown>
    if (!response.ok) {
      console.error(`${response.status} ${JSON.stringify(answer.error ?? answer)}`)
      process.exitCode = 1
      return
    }
    const clock = answer.clock as { step: string; dueDate: string | null; status: string } | undefined
    console.log(`${String(answer.trackingNo)}  ${String(answer.status)}  ${clock ? `${clock.step} ${clock.dueDate ?? '-'} ${clock.status}` : ''}`)
    console.log(JSON.stringify(answer, null, 2))
  }

  if (command === 'register') {
    await call('POST', '/staff/cases', {
      receivedOn: values['received-on'] ?? new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10),
      channel: values.channel ?? 'window',
      residentPhone: values.phone,
      residentName: values.name,
      case: { kind: values.kind, title: values.title, content: values.content }
    })
    return
  }
  if (!trackingNo) throw new Error(USAGE)
  if (command === 'show') {
    await call('GET', `/staff/cases/${trackingNo}`)
    return
  }
  const type = EVENT_OF[command ?? '']
  if (!type) throw new Error(USAGE)
  const body: Record<string, unknown> = { type }
  if (values.on) body.on = values.on
  if (values.reason) body.reason = values.reason
  if (values.missing) body.missing = values.missing
  if (values.period) body.periodDays = Number(values.period)
  if (values.party) body.party = values.party
  if (values['letter-received-on']) body.letterReceivedOn = values['letter-received-on']
  if (values.days) body.days = Number(values.days)
  if (values.outcome) body.outcome = values.outcome
  if (values.text) body.text = values.text
  if (values.said) body.residentSaid = values.said
  // Anything but yes or no goes as typed, for the server to refuse in words.
  if (values.solved) body.solved = values.solved === 'yes' ? true : values.solved === 'no' ? false : values.solved
  if (values.note) body.note = values.note
  if (values.file) {
    const ids: string[] = []
    for (const file of values.file) {
      const form = new FormData()
      form.append('file', new Blob([fs.readFileSync(file)]), path.basename(file))
      const response = await reach(`${base}/api/v1/staff/cases/${encodeURIComponent(trackingNo)}/uploads`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form })
      const answer = (await response.json()) as { id?: string; error?: unknown }
      if (!response.ok || !answer.id) throw new Error(`${file}: ${response.status} ${JSON.stringify(answer.error ?? answer)}`)
      ids.push(answer.id)
    }
    body.attachments = ids
  }
  await call('POST', `/staff/cases/${trackingNo}/events`, body)
}

run(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error)
  process.exit(1)
})

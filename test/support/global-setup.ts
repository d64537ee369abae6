import { ensurePgliteTemplate } from './db'

/** Jest global setup of the server project: the migrated PGlite template, built once per run. */
export default async function globalSetup(): Promise<void> {
  await ensurePgliteTemplate()
}

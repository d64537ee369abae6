import path from 'node:path'
import { H5_DIR, main } from '../server/main'
import { buildH5, h5Sources, isH5BuildStale } from './h5-build'

/**
 * `npm start`: builds the H5 app when dist/h5 is missing or older than its sources, then runs the
 * server, which serves the API and the H5 app on one port. It is the demo and development command, so
 * it asks for the WeChat sign-in stand-in unless the environment says otherwise (WECHAT_STAND_IN=0);
 * WeChat settings, where given, take precedence, and `npm run serve` never sets it.
 */
const ROOT = path.resolve(__dirname, '..')

process.env.WECHAT_STAND_IN ??= '1'

async function start(): Promise<void> {
  if (isH5BuildStale(H5_DIR, h5Sources(ROOT))) await buildH5(ROOT)
  await main()
}

void start()

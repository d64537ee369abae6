/**
 * The demo content of the fictional 青石街道办事处 (Qingshi sub-district office) in the fictional 沧澜市望川区.
 *
 * Everything here is invented for this project: places, people, organisations, amounts and standards
 * (每一个数字、名字和标准都是示例数据). Phone numbers start with the area code 0000, which does not exist,
 * so none of them can be dialled. The national laws and regulations named in legal bases are real; local
 * rules are marked 虚构的本地规定, and time limits taken from local rules are marked 示例.
 *
 * The data is split by kind under ./content/; files live in ./files/ and are written by
 * scripts/make-demo-files.ts.
 */
import { join } from 'node:path'
import { guides } from './content/guides'
import { basicAndPartyNotices } from './content/notices-basic-party'
import { communityAndConsultationNotices } from './content/notices-community'
import { govNotices } from './content/notices-gov'
import { departments, dutyPhone, leaders, office, receptions, superiorBodies, supervisionHotline } from './content/office'
import type { DemoContent } from './types'

/** Where attachment `file` and leader `photo` paths resolve. */
export const DEMO_FILES_DIR = join(__dirname, 'files')

export const demoContent: DemoContent = {
  office,
  dutyPhone,
  supervisionHotline,
  superiorBodies,
  departments,
  leaders,
  receptions,
  notices: [...basicAndPartyNotices, ...govNotices, ...communityAndConsultationNotices],
  guides
}

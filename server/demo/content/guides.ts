import { promisesInWords } from '@/core/cases/policies'
import type { DemoGuide } from '../types'

const FREE = '不收费'
const NO_FEE_BASIS = '本事项为公共服务事项，法律法规没有规定收费，不收取任何费用。'
const ID_CARD = { name: '居民身份证', copies: '原件1份、复印件1份', note: '原件核对后当场退还' }
const HOUSEHOLD_BOOK = { name: '户口簿', copies: '原件1份、复印件1份', note: '复印户主页和本人页' }

/** 办事指南: each service item with its eight disclosures (八公开). */
export const guides: DemoGuide[] = [
  {
    name: '最低生活保障申请',
    summary: '家庭人均收入低于本地低保标准、家庭财产符合规定的，可以申请低保。',
    topic: '社会救助',
    departmentKey: 'social-affairs',
    legalBasis: ['《社会救助暂行办法》', '《最低生活保障审核确认办法》'],
    procedure: [
      '申请：到户籍所在社区居委会或为民服务中心4号窗口提出申请，填写申请书和家庭经济状况核对授权书。',
      '调查：街道工作人员到您家入户调查，核对家庭收入和财产。',
      '公示：调查结果在社区公开栏公示7天。',
      '确认：街道作出审核确认决定，符合条件的从批准当月起发放低保金；不符合的书面告诉您理由。'
    ],
    materials: [
      ID_CARD,
      HOUSEHOLD_BOOK,
      { name: '最低生活保障申请书', copies: '原件1份', note: '窗口免费提供，可以请工作人员帮您填写' },
      { name: '家庭成员收入证明', copies: '原件1份', note: '没有工作的不用提供，如实说明即可' },
      { name: '残疾人证或病历', copies: '复印件1份', note: '家里有残疾人或重病人的提供' }
    ],
    statutoryLimit: '自受理之日起30个工作日内完成审核确认；情况特殊的，可以延长到45个工作日。',
    promisedLimit: '20个工作日',
    feeStandard: FREE,
    feeBasis: NO_FEE_BASIS
  },
  {
    name: '特困人员救助供养申请',
    summary: '没有劳动能力、没有生活来源、没有法定赡养扶养抚养义务人（或者义务人没有能力）的老年人、残疾人和未满16周岁的未成年人，可以申请特困供养。',
    topic: '社会救助',
    departmentKey: 'social-affairs',
    legalBasis: ['《社会救助暂行办法》', '《特困人员认定办法》'],
    procedure: [
      '申请：本人或者委托他人到社区居委会或为民服务中心4号窗口提出申请。本人行动不便的，社区可以代为申请。',
      '调查：街道工作人员入户调查，核实生活自理能力和收入财产情况。',
      '公示：调查结果在社区公示7天。',
      '确认：符合条件的，从批准当月起给予救助供养，本人可以选择在家分散供养或到养老机构集中供养。'
    ],
    materials: [
      ID_CARD,
      HOUSEHOLD_BOOK,
      { name: '特困人员救助供养申请书', copies: '原件1份', note: '窗口免费提供' },
      { name: '残疾人证或诊断证明', copies: '复印件1份', note: '因残疾或疾病申请的提供' }
    ],
    statutoryLimit: '自受理之日起20个工作日内作出审核确认决定。',
    promisedLimit: '15个工作日',
    feeStandard: FREE,
    feeBasis: NO_FEE_BASIS
  },
  {
    name: '临时救助申请',
    summary: '因火灾、交通事故、突发重病等原因，家庭生活暂时出现严重困难的，可以申请临时救助。',
    topic: '社会救助',
    departmentKey: 'social-affairs',
    legalBasis: ['《社会救助暂行办法》', '《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号）'],
    procedure: [
      '申请：到社区居委会或为民服务中心4号窗口提出申请；情况紧急的，可以直接拨打街道值班电话。',
      '核实：工作人员了解困难情况，必要时入户查看。',
      '审批：街道根据困难程度决定救助金额；情况紧急的先救助，后补手续。',
      '发放：救助金打到本人银行卡或社保卡上，也可以发放食品、衣被等实物。'
    ],
    materials: [
      ID_CARD,
      { name: '临时救助申请书', copies: '原件1份', note: '窗口免费提供' },
      { name: '遭遇困难的证明', copies: '复印件1份', note: '例如医疗费发票、火灾或事故证明；一时拿不出的可以后补' }
    ],
    statutoryLimit: '按《社会救助暂行办法》及时审批；情况紧急的，先行救助。',
    promisedLimit: '紧急情况24小时内先行救助；一般情况10个工作日',
    feeStandard: FREE,
    feeBasis: NO_FEE_BASIS
  },
  {
    name: '医疗救助申请',
    summary: '低保对象、特困人员、低保边缘家庭成员等，看病经医保报销后自己负担仍然较重的，可以申请医疗救助。',
    topic: '社会救助',
    departmentKey: 'social-affairs',
    legalBasis: ['《社会救助暂行办法》', '《国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见》（国办发〔2021〕42号）'],
    procedure: [
      '在定点医院住院的低保对象和特困人员，出院结算时直接减免，不用另外申请。',
      '其他人员：带齐材料到社区居委会或为民服务中心4号窗口申请。',
      '审核：街道审核医疗费用和家庭情况，并在社区公示。',
      '发放：救助金打到本人社保卡上。'
    ],
    materials: [
      ID_CARD,
      { name: '医疗费用发票和医保结算单', copies: '原件1份', note: '看病后一年内申请' },
      { name: '出院小结或病历', copies: '复印件1份', note: null }
    ],
    statutoryLimit: '按本地医疗救助办法规定的时限办理（示例：受理后20个工作日内审核完毕）。',
    promisedLimit: '15个工作日',
    feeStandard: FREE,
    feeBasis: NO_FEE_BASIS
  },
  {
    name: '困难残疾人生活补贴申请',
    summary: '低保家庭和低保边缘家庭中持有第二代残疾人证的残疾人，可以申请困难残疾人生活补贴。',
    topic: '残疾人',
    departmentKey: 'disabled',
    legalBasis: ['《中华人民共和国残疾人保障法》', '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）'],
    procedure: [
      '申请：本人或家属到为民服务中心1楼9号窗口提出申请。',
      '审核：街道残联核对残疾人证和低保情况。',
      '审批：报区残联、区民政局审定。',
      '发放：从批准的次月起，每月打到本人社保卡上。'
    ],
    materials: [
      ID_CARD,
      { name: '第二代残疾人证', copies: '原件1份、复印件1份', note: null },
      HOUSEHOLD_BOOK,
      { name: '低保证或低保边缘家庭证明', copies: '复印件1份', note: '窗口可以帮您查询，查到的不用提供' }
    ],
    statutoryLimit: '按本地补贴办法规定的时限办理（示例：受理后20个工作日内）。',
    promisedLimit: '15个工作日',
    feeStandard: FREE,
    feeBasis: NO_FEE_BASIS
  },
  {
    name: '重度残疾人护理补贴申请',
    summary: '残疾等级为一级、二级，或者三级、四级智力残疾和精神残疾，需要长期照护的残疾人，可以申请护理补贴。',
    topic: '残疾人',
    departmentKey: 'disabled',
    legalBasis: ['《中华人民共和国残疾人保障法》', '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）'],
    procedure: [
      '申请：本人或家属到为民服务中心1楼9号窗口提出申请；行动不便的，可以打电话预约上门受理。',
      '审核：街道残联核对残疾等级和照护需要。',
      '审批：报区残联、区民政局审定。',
      '发放：从批准的次月起，每月打到本人社保卡上。'
    ],
    materials: [
      ID_CARD,
      { name: '第二代残疾人证', copies: '原件1份、复印件1份', note: null },
      { name: '代办人身份证', copies: '原件1份', note: '家属代办的提供' }
    ],
    statutoryLimit: '按本地补贴办法规定的时限办理（示例：受理后20个工作日内）。',
    promisedLimit: '15个工作日',
    feeStandard: FREE,
    feeBasis: NO_FEE_BASIS
  },
  {
    name: '高龄津贴申领',
    summary: '本街道户籍、年满80周岁的老人，可以按月领取高龄津贴。',
    topic: '养老',
    departmentKey: 'social-affairs',
    legalBasis: ['《中华人民共和国老年人权益保障法》', '《沧澜市高龄津贴发放办法》（虚构的本地规定）'],
    procedure: [
      '老人满80周岁的当月，社区居委会上门登记；也可以由家属到社区或为民服务中心4号窗口申请。',
      '审核：街道核对户籍和年龄。',
      '发放：从审核通过的次月起，每月10日前打到老人社保卡上。'
    ],
    materials: [ID_CARD, HOUSEHOLD_BOOK, { name: '老人本人的社保卡', copies: '复印件1份', note: '用于发放津贴' }],
    statutoryLimit: '按本地高龄津贴办法办理（示例：受理后15个工作日内）。',
    promisedLimit: '10个工作日',
    feeStandard: FREE,
    feeBasis: NO_FEE_BASIS
  },
  {
    name: '老年人优待证办理',
    summary: '年满60周岁的老年人可以办理优待证，凭证享受乘车、游园、就医等方面的优待。',
    topic: '养老',
    departmentKey: 'social-affairs',
    legalBasis: ['《中华人民共和国老年人权益保障法》', '《沧澜市老年人优待办法》（虚构的本地规定）'],
    procedure: [
      '到为民服务中心4号窗口提出申请，现场拍照。',
      '窗口审核身份信息。',
      '优待证制作好后，窗口电话通知领取；不方便来的，可以由社区代领送上门。'
    ],
    materials: [ID_CARD, { name: '近期一寸免冠照片', copies: '1张', note: '现场可以免费拍照，不用另带' }],
    statutoryLimit: '按本地老年人优待办法办理（示例：受理后10个工作日内）。',
    promisedLimit: '5个工作日',
    feeStandard: FREE,
    feeBasis: NO_FEE_BASIS
  },
  {
    name: '城乡居民基本养老保险参保登记',
    summary: '年满16周岁（在校学生除外）、没有参加职工养老保险的居民，可以参加城乡居民养老保险。',
    topic: '养老',
    departmentKey: 'labour',
    legalBasis: ['《中华人民共和国社会保险法》', '《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）'],
    procedure: [
      '到为民服务中心1楼6号、7号窗口，填写参保登记表，选择缴费档次。',
      '窗口核对信息，当场办理参保登记。',
      '按年缴费，可以在手机上缴，也可以到银行缴。'
    ],
    materials: [ID_CARD, HOUSEHOLD_BOOK, { name: '城乡居民基本养老保险参保登记表', copies: '原件1份', note: '窗口免费提供' }],
    statutoryLimit: '材料齐全的，当场办理。',
    promisedLimit: '即时办结',
    feeStandard: '参保登记不收费；养老保险费按本人选择的缴费档次缴纳，不属于办事收费。',
    feeBasis: '《中华人民共和国社会保险法》；缴费档次见《城乡居民基本养老保险缴费档次和待遇说明》（示例数据）。'
  },
  {
    name: '城乡居民基本医疗保险参保登记',
    summary: '没有参加职工医疗保险的居民，包括老人、儿童、学生和灵活就业人员，可以参加城乡居民医保。',
    topic: '医保',
    departmentKey: 'labour',
    legalBasis: ['《中华人民共和国社会保险法》', '《国务院关于整合城乡居民基本医疗保险制度的意见》（国发〔2016〕3号）'],
    procedure: [
      '在每年9月1日至12月31日集中缴费期内，到为民服务中心1楼6号、7号窗口办理参保登记。',
      '窗口核对信息，当场登记。',
      '缴纳个人部分的医保费，下一年1月1日起享受医保待遇。低保、特困人员的个人缴费由政府资助。'
    ],
    materials: [ID_CARD, HOUSEHOLD_BOOK, { name: '居住证', copies: '复印件1份', note: '非本地户籍居民提供' }],
    statutoryLimit: '材料齐全的，当场办理。',
    promisedLimit: '即时办结',
    feeStandard: '参保登记不收费；医保费按当年个人缴费标准缴纳，不属于办事收费。',
    feeBasis: '《中华人民共和国社会保险法》；当年缴费标准见《2027年度城乡居民基本医疗保险开始缴费》通知（示例数据）。'
  },
  {
    name: '居住证办理',
    summary: '离开户口所在地，在本街道居住半年以上、有合法稳定就业或住所或连续就读的，可以申领居住证。',
    topic: '户籍与证件',
    departmentKey: 'service-centre',
    legalBasis: ['《居住证暂行条例》'],
    procedure: [
      '到为民服务中心1楼大厅综合窗口提出申请，现场采集照片。',
      '窗口核对材料，出具受理回执。',
      '材料转区公安分局制证。',
      '接到通知后，凭受理回执到窗口领证。'
    ],
    materials: [
      ID_CARD,
      { name: '居住证明', copies: '原件1份、复印件1份', note: '房屋租赁合同、房屋产权证明或单位出具的住宿证明，任选一种' },
      { name: '就业或就读证明', copies: '原件1份', note: '劳动合同、营业执照或学校证明，任选一种' }
    ],
    statutoryLimit: '公安机关自受理之日起15日内制作发放居住证。',
    promisedLimit: '10个工作日',
    feeStandard: '首次领取不收费；换领、补领的按规定收取工本费。',
    feeBasis: '《居住证暂行条例》：首次申领居住证免收证件工本费；换领、补领的，缴纳证件工本费。'
  },
  {
    name: '独生子女父母奖励申领',
    summary: '符合规定的独生子女父母，可以按规定申领奖励。',
    topic: '计划生育',
    departmentKey: 'social-affairs',
    legalBasis: ['《中华人民共和国人口与计划生育法》', '《沧澜市独生子女父母奖励办法》（虚构的本地规定）'],
    procedure: [
      '到户籍所在社区居委会或为民服务中心4号窗口提出申请，填写申请表。',
      '社区核实家庭情况，并公示7天。',
      '街道审核后报区卫生健康部门确认。',
      '奖励金按规定发放到本人账户。'
    ],
    materials: [
      ID_CARD,
      HOUSEHOLD_BOOK,
      { name: '独生子女父母光荣证', copies: '原件1份、复印件1份', note: '遗失的，可以由窗口协助查询档案' },
      { name: '结婚证', copies: '复印件1份', note: null }
    ],
    statutoryLimit: '按本地奖励办法办理（示例：受理后20个工作日内）。',
    promisedLimit: '15个工作日',
    feeStandard: FREE,
    feeBasis: NO_FEE_BASIS
  },
  {
    name: '退役军人优待证申领',
    summary: '退役军人和其他优抚对象可以申领优待证，凭证享受国家和本地规定的优待。',
    topic: '退役军人',
    departmentKey: 'veterans',
    legalBasis: ['《中华人民共和国退役军人保障法》', '《退役军人、其他优抚对象优待证管理办法（试行）》'],
    procedure: [
      '到为民服务中心1楼8号窗口，或者在手机上提出申请。',
      '退役军人服务站核对身份和退役信息，现场采集照片。',
      '审核通过后报区退役军人事务局制证。',
      '优待证制好后，服务站通知领取，也可以送证上门。'
    ],
    materials: [
      ID_CARD,
      { name: '退役证明', copies: '原件1份、复印件1份', note: '退伍证、转业证或退役证，任选一种' },
      { name: '近期二寸免冠彩色照片', copies: '1张', note: '现场可以免费拍照' }
    ],
    statutoryLimit: '按《退役军人、其他优抚对象优待证管理办法（试行）》规定的程序办理。',
    promisedLimit: '受理后5个工作日内完成初审并上报',
    feeStandard: FREE,
    feeBasis: '优待证免费发放，申领人不承担任何费用。'
  },
  {
    name: '就业失业登记',
    summary: '在法定劳动年龄内、有劳动能力和就业要求、处于失业状态的居民，可以办理失业登记，享受免费就业服务。',
    topic: '就业',
    departmentKey: 'labour',
    legalBasis: ['《中华人民共和国就业促进法》', '《就业服务与就业管理规定》'],
    procedure: [
      '到为民服务中心1楼6号、7号窗口，或者在手机上办理。',
      '窗口核对身份和就业情况，当场登记。',
      '登记后，工作人员为您推荐岗位、提供免费职业培训信息；符合条件的，帮您申请就业困难人员认定。'
    ],
    materials: [ID_CARD, { name: '解除或终止劳动合同的证明', copies: '复印件1份', note: '以前在单位上班的提供' }],
    statutoryLimit: '材料齐全的，当场办理。',
    promisedLimit: '即时办结',
    feeStandard: FREE,
    feeBasis: '《中华人民共和国就业促进法》：公共就业服务机构为劳动者免费提供服务。'
  },
  {
    name: '政府信息公开申请',
    summary: '需要获取街道已经公开以外的政府信息的，可以向街道申请公开。',
    topic: '政务公开',
    departmentKey: 'party-office',
    legalBasis: ['《中华人民共和国政府信息公开条例》', '《政府信息公开信息处理费管理办法》'],
    procedure: [
      '提出申请：在“街坊通”上填写申请，或者到党政办公室（为民服务中心3楼301室）提交书面申请，也可以邮寄。',
      '登记：街道登记并确认收到的日期。网上申请的，提交当天就是收到的日期。',
      '补正：申请内容不清楚的，7个工作日内一次性告诉您需要补充什么。',
      '答复：街道按规定答复，并告诉您提供信息的方式。'
    ],
    materials: [
      ID_CARD,
      { name: '政府信息公开申请表', copies: '原件1份', note: '写明需要的信息、用途不用写；希望纸质还是电子形式提供' },
      { name: '法人或其他组织的营业执照或登记证书', copies: '复印件1份', note: '以单位名义申请的提供' }
    ],
    statutoryLimit: '自收到申请之日起20个工作日内答复；需要延长的，经批准并告知申请人，延长不超过20个工作日。',
    promisedLimit: '15个工作日',
    feeStandard: '一般不收费。申请数量、频次明显超过合理范围的，可以按规定收取信息处理费。',
    feeBasis: '《中华人民共和国政府信息公开条例》第四十二条；《政府信息公开信息处理费管理办法》。'
  },
  {
    name: '信访事项受理（投诉、举报、求助、意见建议）',
    summary: '对街道的工作有投诉、举报、求助或者意见建议的，可以通过来信、来访、网上留言等方式提出。',
    topic: '信访',
    departmentKey: 'party-office',
    legalBasis: ['《信访工作条例》'],
    procedure: [
      '提出：在“街坊通”上留言，到为民服务中心2楼接待室当面反映，或者拨打监督热线。',
      '登记：工作人员登记事项，告诉您查询编号。',
      '告知：收到之日起15日内，书面告诉您收到的情况和怎么办理（《信访工作条例》第二十三条）。',
      '办理：投诉、求助受理后60日内办结，并书面答复；情况复杂的，延长不超过30日，并告诉您理由（第三十四条）。意见建议、检举控告法规没有规定办结期限，按街道的承诺办理。',
      '复查：对答复不满意的，可以在收到书面答复之日起30日内请求上一级机关复查（第三十五条），街道可以帮您转送。'
    ],
    materials: [
      { name: '反映的事项和理由', copies: '1份', note: '写清楚时间、地点和经过；也可以当面口述，由工作人员记录' },
      { name: '有关证明材料', copies: '复印件1份', note: '有的提供，没有的不影响受理' }
    ],
    statutoryLimit: '收到之日起15日内书面告知接收情况和处理途径；投诉、求助受理之日起60日内办结，延长不超过30日；意见建议、检举控告没有法定办结期限。',
    // The same words the case screen shows: one source (src/core/cases/policies.ts).
    promisedLimit: promisesInWords(['suggestion', 'report', 'complaint', 'help']),
    feeStandard: FREE,
    feeBasis: NO_FEE_BASIS
  }
]

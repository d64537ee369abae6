import type { DemoNotice } from '../types'
import { DEMO_NOTE, paragraphs } from './text'

const PDF = 'application/pdf'
const PNG = 'image/png'

/** 政务公开: benefits and their monthly lists, practical projects, money, tenders, land, safety, reports. */
export const govNotices: DemoNotice[] = [
  {
    title: '关于调整城乡最低生活保障标准的通知',
    category: 'gov-benefits',
    departmentKey: 'social-affairs',
    publishedAt: '2026-06-20',
    timeliness: 'adhoc',
    body: paragraphs(
      `从2026年7月1日起，城乡低保标准由每人每月1,380元提高到每人每月1,450元${DEMO_NOTE}。`,
      '特困人员基本生活标准同步提高，按低保标准的1.3倍计算，每人每月1,885元。',
      '已经在享受低保的家庭，不用重新申请。街道按新标准重新核算，7月的差额随8月救助金一起发放。',
      '家庭人均收入在新标准以下、以前没有申请过的，可以带户口本和身份证到社区居委会或为民服务中心4号窗口申请。',
      '有疑问请打社会事务办公室电话0000-66012203。'
    ),
    attachments: [{ name: '关于调整城乡最低生活保障标准的通知.pdf', file: 'notices/2026-assistance-standard.pdf', mimeType: PDF }],
    commentUntil: null
  },
  {
    title: '城乡居民医疗救助政策问答',
    category: 'gov-benefits',
    departmentKey: 'social-affairs',
    publishedAt: '2026-02-15',
    timeliness: 'fixed',
    body: paragraphs(
      '问：哪些人可以享受医疗救助？答：低保对象、特困人员、低保边缘家庭成员，以及因病花费太多、家里生活困难的居民。',
      `问：能报多少？答：看病先走医保报销。医保报销后自己付的部分，低保对象按70%救助，特困人员按100%救助，每人每年最多救助6万元${DEMO_NOTE}。`,
      '问：要不要自己去申请？答：低保和特困人员在定点医院住院，出院结算时直接扣减，不用再跑。其他人员带发票和病历到社区居委会申请。',
      '问：多久能拿到钱？答：材料齐全的，街道20个工作日内审核完毕，钱打到您的社保卡上。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '临时救助政策告知书',
    category: 'gov-benefits',
    departmentKey: 'social-affairs',
    publishedAt: '2025-03-12',
    timeliness: 'fixed',
    body: paragraphs(
      '家里遇到火灾、车祸、突发重病等事情，生活一下子过不下去，可以申请临时救助。',
      '低保家庭、特困人员、低保边缘家庭遇到急事，优先救助。外地来青石的居民遇到困难，也可以向街道求助。',
      `救助金额根据困难程度决定，一般一次不超过低保标准的6倍，情况特别严重的可以再提高${DEMO_NOTE}。`,
      '情况紧急的，街道可以先救助，后补手续。请拨打街道值班电话0000-66012000，24小时有人接听。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '2026年困难残疾人生活补贴和重度残疾人护理补贴标准',
    category: 'gov-benefits',
    departmentKey: 'disabled',
    publishedAt: '2026-01-15',
    timeliness: 'fixed',
    body: paragraphs(
      `困难残疾人生活补贴：低保家庭和低保边缘家庭中的残疾人，每人每月180元${DEMO_NOTE}。`,
      '重度残疾人护理补贴：持第二代残疾人证、残疾等级为一级或二级的，每人每月150元；三级、四级智力残疾和精神残疾的，每人每月100元。',
      '两项补贴可以同时领取，按月打到本人社保卡上。',
      '申请请到为民服务中心1楼9号窗口（残疾人联合会），带上残疾人证、身份证和户口本。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '高龄津贴发放标准和领取办法',
    category: 'gov-benefits',
    departmentKey: 'social-affairs',
    publishedAt: '2025-05-06',
    timeliness: 'fixed',
    body: paragraphs(
      `本街道户籍、年满80周岁的老人，可以领取高龄津贴。80至89周岁每人每月100元，90至99周岁每人每月300元，100周岁以上每人每月800元${DEMO_NOTE}。`,
      '老人满80周岁的当月，由社区居委会上门登记，下个月开始发放。',
      '津贴每月10日前打到老人的社保卡上。老人去世的，家属请在一个月内告诉社区，停止发放。',
      '有疑问请问所在社区居委会，或打社会事务办公室电话0000-66012203。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '2027年度城乡居民基本医疗保险开始缴费',
    category: 'gov-benefits',
    departmentKey: 'labour',
    publishedAt: '2026-09-01',
    timeliness: 'adhoc',
    body: paragraphs(
      '2027年度城乡居民基本医疗保险集中缴费时间为2026年9月1日至12月31日。',
      `个人缴费标准：每人每年400元${DEMO_NOTE}。`,
      '低保对象、特困人员个人缴费部分由政府全额资助；低保边缘家庭成员资助一半。这些居民不用自己去办，街道统一办理。',
      '缴费方式：可以在手机上缴，也可以到为民服务中心1楼6号、7号窗口缴，还可以请社区工作人员帮忙。',
      '过了缴费期再缴的，要等待一段时间才能报销，请大家按时缴费。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '城乡居民基本养老保险缴费档次和待遇说明',
    category: 'gov-benefits',
    departmentKey: 'labour',
    publishedAt: '2026-03-02',
    timeliness: 'fixed',
    body: paragraphs(
      '年满16周岁（不是在校学生）、没有参加职工养老保险的居民，可以参加城乡居民基本养老保险。',
      `缴费档次每年从300元到5000元，共12档，自己选择，多缴多得${DEMO_NOTE}。`,
      '低保对象、特困人员和重度残疾人，政府按最低档次代缴。',
      '年满60周岁、累计缴费满15年的，每月可以领取养老金。',
      '参保和变更缴费档次，请到劳动保障所窗口办理，电话0000-66012209。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '2026年青石街道惠民实事项目进展情况（第三季度）',
    category: 'gov-practical',
    departmentKey: 'party-office',
    publishedAt: '2026-10-15',
    timeliness: 'periodic',
    body: paragraphs(
      '2026年街道确定了8件惠民实事。截至9月底，3件已经完成，5件正在推进。附件图表按下面的项目顺序，从左到右显示每件实事的完成进度。',
      '已完成：新河社区老年食堂开业；青石路沿街120盏路灯更换；6个社区全部设立“一站式”帮办点。',
      '推进中：北岸社区3个小区加装电梯，完成85%；背街小巷整治，完成70%；社区卫生服务站改造，完成60%；公共厕所改造，完成90%；适老化改造200户，完成45%。',
      '各项目预计年底前完成。您对这些项目有意见，可以在“街坊通”上留言。'
    ),
    attachments: [{ name: '2026年惠民实事进度图.png', file: 'charts/2026-practical-progress.png', mimeType: PNG }],
    commentUntil: null
  },
  {
    title: '关于确定2026年青石街道惠民实事项目的公告',
    category: 'gov-practical',
    departmentKey: 'party-office',
    publishedAt: '2026-02-28',
    timeliness: 'fixed',
    body: paragraphs(
      '去年底，街道向居民征集了惠民实事建议612条。经居民代表投票和党工委会议研究，确定2026年办好以下8件实事。',
      '一、新河社区新建老年食堂；二、青石路更换节能路灯；三、社区设立帮办点；四、北岸社区加装电梯；五、背街小巷整治；六、社区卫生服务站改造；七、公共厕所改造；八、困难老人家庭适老化改造200户。',
      '每个项目都有责任部门和完成时间，进展情况每季度公开一次。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '2025年青石街道惠民实事完成情况',
    category: 'gov-practical',
    departmentKey: 'party-office',
    publishedAt: '2026-01-12',
    timeliness: 'fixed',
    body: paragraphs(
      '2025年街道确定的6件惠民实事已全部完成。',
      '南塘社区、桂园社区各新开一家老年食堂，全年供餐4.2万人次。',
      '柳荫巷雨污分流改造完工，解决了多年的雨天积水问题。',
      '为156户困难老人家庭安装扶手、防滑地面和紧急呼叫器。',
      '感谢大家的支持和监督。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '社会事务办公室职责、办事依据和投诉渠道',
    category: 'gov-duties',
    departmentKey: 'social-affairs',
    publishedAt: '2026-01-10',
    timeliness: 'fixed',
    body: paragraphs(
      '主要职责：低保、特困供养、临时救助、医疗救助的受理和审核；高龄津贴和老年人优待；养老服务；独生子女父母奖励。',
      '办事依据：《社会救助暂行办法》《最低生活保障审核确认办法》《特困人员认定办法》等。',
      '办事流程和时限：请看“办事指南”里每一项的说明。所有事项都不收费。',
      '办事结果：低保、特困人员名单每月在社区公开栏和“街坊通”上公示。',
      '投诉：对办理结果不满意的，可以打监督热线0000-66012345，或者在“街坊通”上投诉。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '综合行政执法队执法依据、程序和罚款标准',
    category: 'gov-duties',
    departmentKey: 'enforcement',
    publishedAt: '2026-01-10',
    timeliness: 'fixed',
    body: paragraphs(
      '执法范围：违法建设、占道经营、乱倒垃圾、乱贴广告等。',
      '执法依据：《中华人民共和国行政处罚法》《城市市容和环境卫生管理条例》等法律法规。',
      '执法程序：先劝导，再责令改正；拒不改正的，依法立案调查，告知当事人陈述、申辩和听证的权利，再作出决定。',
      `罚款标准：按法律法规规定的幅度执行，例如乱倒垃圾的，对个人处200元以下罚款${DEMO_NOTE}。罚款一律开具正式票据，执法人员不收现金。`,
      '对执法人员的行为有意见，请打街道纪工委电话0000-66012104。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '青石街道办事处2026年部门预算',
    category: 'gov-finance',
    departmentKey: 'finance',
    publishedAt: '2026-02-18',
    timeliness: 'fixed',
    body: paragraphs(
      `2026年街道收入预算和支出预算都是4,386.20万元${DEMO_NOTE}。`,
      '支出中，社会保障和就业1,318.60万元，主要用于低保、特困供养、临时救助和养老服务。',
      '“三公”经费预算18.50万元，比上年减少1.20万元。',
      '详细预算请看附件。'
    ),
    attachments: [{ name: '青石街道办事处2026年部门预算.pdf', file: 'notices/2026-budget.pdf', mimeType: PDF }],
    commentUntil: null
  },
  {
    title: '青石街道办事处2025年部门决算',
    category: 'gov-finance',
    departmentKey: 'finance',
    publishedAt: '2026-08-20',
    timeliness: 'fixed',
    body: paragraphs(
      `2025年街道收入决算4,215.80万元，支出决算4,198.30万元${DEMO_NOTE}。`,
      '社会救助类支出1,236.40万元，比上年增加5.1%，主要原因是低保标准提高、临时救助人次增加。',
      '“三公”经费决算17.60万元，没有超过预算。',
      '详细决算请看附件。'
    ),
    attachments: [{ name: '青石街道办事处2025年部门决算.pdf', file: 'notices/2025-final-accounts.pdf', mimeType: PDF }],
    commentUntil: null
  },
  {
    title: '青石街道办事处2025年“三公”经费预算情况说明',
    category: 'gov-finance',
    departmentKey: 'finance',
    publishedAt: '2025-02-21',
    timeliness: 'fixed',
    body: paragraphs(
      `2025年“三公”经费预算19.70万元${DEMO_NOTE}。`,
      '其中：因公出国（境）费0元；公务用车运行维护费17.20万元，用于3辆执法和应急用车；公务接待费2.50万元。',
      '比上年减少0.80万元，主要是压减了公务接待费。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '青石街道老旧小区加装电梯（第二批）施工项目中标结果公告',
    category: 'gov-tenders',
    departmentKey: 'economy',
    publishedAt: '2026-05-28',
    timeliness: 'adhoc',
    body: paragraphs(
      '青石街道老旧小区加装电梯（第二批）施工项目已按规定公开招标，开标、评标工作已经结束。',
      `中标单位：虚构建设工程有限公司（示例单位）。中标金额：386.40万元${DEMO_NOTE}。工期180天。`,
      '公示期为3个工作日。对结果有异议的，请在公示期内书面向经济发展办公室提出，电话0000-66012207。'
    ),
    attachments: [{ name: '中标结果公告.pdf', file: 'notices/2026-tender-result.pdf', mimeType: PDF }],
    commentUntil: null
  },
  {
    title: '青石街道背街小巷整治工程招标公告',
    category: 'gov-tenders',
    departmentKey: 'economy',
    publishedAt: '2026-03-20',
    timeliness: 'adhoc',
    body: paragraphs(
      '项目内容：整治柳荫巷、桂园里等12条背街小巷的路面、排水和照明。',
      `最高投标限价：268.00万元${DEMO_NOTE}。计划工期：150天。`,
      '投标人须具备市政公用工程施工总承包三级以上资质。',
      '招标文件在区公共资源交易平台免费下载，投标截止时间为2026年4月10日上午9:30。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '南塘片区房屋征收补偿方案公告',
    category: 'gov-land',
    departmentKey: 'expropriation',
    publishedAt: '2026-04-08',
    timeliness: 'adhoc',
    body: paragraphs(
      '经区人民政府批准，南塘片区（南塘路以东、新河以北）实施房屋征收，涉及住户136户。',
      `补偿方式可以选择货币补偿，也可以选择房屋产权调换。货币补偿按评估价格计算，被征收住宅的评估均价为每平方米2.15万元${DEMO_NOTE}。`,
      '在签约期内签约并按时搬迁的，每户另给搬迁奖励3万元。',
      '征收范围图、评估报告和补偿明细，在南塘社区公开栏和征收安置办公室公开，欢迎查看。',
      '咨询电话：0000-66012213。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '南塘片区房屋征收签约进度（截至2026年11月15日）',
    category: 'gov-land',
    departmentKey: 'expropriation',
    publishedAt: '2026-11-18',
    timeliness: 'periodic',
    body: paragraphs(
      '南塘片区征收共136户，截至11月15日已签约121户，签约率89%；已搬迁108户。',
      '其中选择货币补偿74户，选择产权调换47户。',
      '每户的补偿金额和安置房源在南塘社区公开栏公示，被征收户可以相互查看、监督。',
      '对补偿有异议的，可以申请复核评估，也可以依法申请行政复议或提起行政诉讼。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '2026年10月安全生产检查情况通报',
    category: 'gov-safety',
    departmentKey: 'safety',
    publishedAt: '2026-11-05',
    timeliness: 'periodic',
    body: paragraphs(
      '10月份，街道共检查沿街商铺、小作坊、出租房和养老机构等212家，发现隐患58处，已整改53处，其余5处限期整改。',
      '主要问题：电动自行车在楼道充电、灭火器过期、消防通道堆放杂物。',
      '提醒大家：电动自行车请到小区集中充电点充电，不要拉线进楼道。',
      '发现安全隐患，请拨打街道值班电话0000-66012000。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '关于柳荫巷一处民房火灾的情况通报',
    category: 'gov-safety',
    departmentKey: 'safety',
    publishedAt: '2025-12-03',
    timeliness: 'adhoc',
    body: paragraphs(
      '2025年11月30日晚上9点左右，柳荫巷一处民房发生火灾，消防救援人员及时赶到扑灭，没有人员伤亡。',
      '经初步调查，起火原因是电动自行车电池在室内充电时起火。',
      '街道已为受灾的一户家庭办理临时救助，并安排临时住处。',
      '街道将在12月对全部老旧小区开展一次电动自行车充电专项检查。请大家不要在家里和楼道给电动车充电。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '青石街道办事处2025年政府信息公开工作年度报告',
    category: 'gov-annual-report',
    departmentKey: 'party-office',
    publishedAt: '2026-01-28',
    timeliness: 'fixed',
    body: paragraphs(
      '本报告依据《中华人民共和国政府信息公开条例》编制，统计时间为2025年1月1日至12月31日。',
      `2025年，街道主动公开政府信息326条，其中惠民政策62条，低保动态公示12期${DEMO_NOTE}。`,
      '全年收到政府信息公开申请18件，上年结转1件；办结17件，结转下年度2件。',
      '全年没有因政府信息公开引起的行政复议和行政诉讼。',
      '报告全文请看附件。'
    ),
    attachments: [{ name: '2025年政府信息公开工作年度报告.pdf', file: 'notices/2025-annual-report.pdf', mimeType: PDF }],
    commentUntil: null
  },
  {
    title: '青石街道办事处2024年政府信息公开工作年度报告',
    category: 'gov-annual-report',
    departmentKey: 'party-office',
    publishedAt: '2025-01-24',
    timeliness: 'fixed',
    body: paragraphs(
      '本报告依据《中华人民共和国政府信息公开条例》编制，统计时间为2024年1月1日至12月31日。',
      `2024年，街道主动公开政府信息298条${DEMO_NOTE}。`,
      '全年收到政府信息公开申请14件，予以公开8件，部分公开2件，无法提供3件，结转下年度1件。',
      '存在的问题是部分公示更新不及时，2025年将建立每月检查制度。'
    ),
    attachments: [],
    commentUntil: null
  },
  ...[
    { month: 7, date: '2026-07-08', households: 209, people: 341, added: 3, removed: 5 },
    { month: 8, date: '2026-08-07', households: 207, people: 337, added: 2, removed: 4 },
    { month: 9, date: '2026-09-08', households: 209, people: 340, added: 4, removed: 2 },
    { month: 10, date: '2026-10-09', households: 206, people: 334, added: 1, removed: 4 },
    { month: 11, date: '2026-11-06', households: 205, people: 332, added: 2, removed: 3 }
  ].map(
    ({ month, date, households, people, added, removed }): DemoNotice => ({
      title: `青石街道2026年${month}月城乡低保动态公示`,
      category: 'gov-assistance-list',
      departmentKey: 'social-affairs',
      publishedAt: date,
      timeliness: 'periodic',
      body: paragraphs(
        `2026年${month}月，全街道共有低保家庭${households}户、${people}人${DEMO_NOTE}。`,
        `本月新增低保家庭${added}户，因收入增加等原因停止低保${removed}户。`,
        '新增和停止的家庭名单，已在所在社区公开栏张贴，公示7天。为保护隐私，名单只公开姓名、社区和保障人数。',
        '对名单有意见的，请在公示期内向社区居委会或社会事务办公室反映，电话0000-66012203。',
        ...(month === 10 ? ['附件图表是今年1月到10月每月的低保家庭户数，从左到右按月份排列。'] : [])
      ),
      attachments:
        month === 10 ? [{ name: '2026年低保户数变化图.png', file: 'charts/2026-assistance-households.png', mimeType: PNG }] : [],
      commentUntil: null
    })
  )
]

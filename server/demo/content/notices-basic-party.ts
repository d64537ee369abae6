import { promisesInWords } from '@/core/cases/policies'
import type { DemoNotice } from '../types'
import { paragraphs } from './text'

/** 基本情况 and 党务公开. */
export const basicAndPartyNotices: DemoNotice[] = [
  {
    title: '青石街道办事处机构设置和主要职责',
    category: 'basic-profile',
    departmentKey: 'party-office',
    publishedAt: '2026-01-08',
    timeliness: 'fixed',
    body: paragraphs(
      '青石街道办事处是望川区人民政府的派出机关，辖青石、柳荫、桂园、南塘、北岸、新河6个社区，常住人口约5.6万人。',
      '街道设党政办公室、社会事务办公室、城市管理办公室、平安建设办公室、经济发展办公室、征收安置办公室、财政所、劳动保障所、退役军人服务站、残疾人联合会和综合行政执法队，另设为民服务中心。',
      '大部分站所办在青石路18号为民服务中心办公。办事请先到1楼大厅取号，工作人员会告诉您去哪个窗口。',
      '各站所办的职责和电话，请在“基本情况”里查看“部门”一栏。街道值班电话24小时有人接听。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '关于街道领导班子成员工作分工调整的公告',
    category: 'basic-profile',
    departmentKey: 'party-office',
    publishedAt: '2026-03-16',
    timeliness: 'adhoc',
    body: paragraphs(
      '因工作需要，经街道党工委会议研究，对领导班子成员的工作分工作出调整，现予公布。',
      '孙海涛同志任办事处副主任，分管征收安置办公室和为民服务中心，负责房屋征收、老旧小区改造和窗口服务。',
      '刘丽同志不再分管为民服务中心，继续分管社会事务办公室、劳动保障所和残疾人联合会。',
      '调整后的分工自2026年3月16日起执行。每位领导的分工和办公电话，请在“领导班子”一栏查看。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '青石街道2026年服务承诺',
    category: 'basic-commitments',
    departmentKey: 'service-centre',
    publishedAt: '2026-01-05',
    timeliness: 'fixed',
    body: paragraphs(
      '为了让大家办事少跑腿、好办事，街道向全体居民作出以下承诺。',
      '首问负责：您第一个问到的工作人员负责把事情问清楚、带到位，不推给别人。',
      '一次性告知：材料不齐的，工作人员一次性写清楚还缺什么，不让您来回跑。',
      '限时办结：能当场办的当场办；不能当场办的，按办事指南写明的承诺时限办好，并告诉您结果。',
      // The promise in the words the case screen shows (src/core/cases/policies.ts: one source).
      `按时答复：${promisesInWords(['suggestion'])}；大家普遍关心的问题，一周内在公开栏和“街坊通”上公开答复。`,
      '上门服务：80周岁以上老人和行动不便的残疾人，可以打电话预约，工作人员上门帮办。',
      '做不到的，请拨打监督热线0000-66012345，或者在“街坊通”上投诉。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '居民意见的收集方式和答复时限',
    category: 'basic-commitments',
    departmentKey: 'party-office',
    publishedAt: '2025-02-10',
    timeliness: 'fixed',
    body: paragraphs(
      '您可以用下面几种方式向街道反映意见：到为民服务中心当面说；投进各社区和服务中心的意见箱；拨打监督热线；在“街坊通”上留言；参加每月的领导接待日。',
      '意见箱每周一、周四各开箱一次，由党政办公室和纪工委两人共同开箱、登记。',
      '投诉、举报和求助，按照《信访工作条例》办理：15日内告诉您是否受理，受理后60日内办结。',
      '申请公开政府信息的，按照《中华人民共和国政府信息公开条例》办理，20个工作日内答复。',
      '您留下联系方式的，我们会把办理结果告诉您，并请您评价是否满意。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '街道党工委关于开展“走千家、解难题”活动的决定',
    category: 'party-decisions',
    departmentKey: 'party-office',
    publishedAt: '2025-04-18',
    timeliness: 'adhoc',
    body: paragraphs(
      '经2025年4月15日街道党工委会议研究，决定在全街道开展“走千家、解难题”活动。',
      '从5月到10月，街道干部和社区工作者分片包干，走访辖区困难家庭、独居老人、残疾人家庭和退役军人家庭，全年走访不少于3000户。',
      '走访中发现的问题，登记造册，能当场解决的当场解决；需要几个部门一起办的，每月在党工委会议上研究一次。',
      '活动情况每季度在公开栏和“街坊通”上公开，接受居民监督。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '街道党工委2026年第三季度重要会议和决定事项',
    category: 'party-decisions',
    departmentKey: 'party-office',
    publishedAt: '2026-10-12',
    timeliness: 'adhoc',
    body: paragraphs(
      '第三季度街道党工委共召开会议6次，研究事项21项。现将涉及群众切身利益的决定公开如下。',
      '一、同意青石、柳荫两个社区老年食堂延长营业时间，晚餐供应到晚上6:30。',
      '二、同意为北岸社区3个老旧小区加装电梯配套资金，由街道统筹解决。',
      '三、同意按新标准核定低保家庭救助金，7月起补发差额。',
      '四、决定成立冬季防寒保暖工作专班，由王建军同志牵头。',
      '以上事项的办理进度，将在下季度一并公开。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '街道党工委2025年度工作目标完成情况',
    category: 'party-goals',
    departmentKey: 'party-office',
    publishedAt: '2026-01-22',
    timeliness: 'fixed',
    body: paragraphs(
      '2025年初，街道党工委向居民公开了12项年度工作目标。经年终考核，完成11项，基本完成1项。',
      '已完成的包括：6个社区党群服务中心全部改造提升；新发展党员8名；“走千家、解难题”活动走访3216户，解决问题412件；老年食堂新增2家。',
      '基本完成的1项是“背街小巷整治20条”，完成了17条，剩下3条因地下管网施工推迟，已列入2026年目标。',
      '各项目标的详细完成情况，可到街道党政办公室查阅。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '街道党工委2026年度党建工作目标',
    category: 'party-goals',
    departmentKey: 'party-office',
    publishedAt: '2026-02-20',
    timeliness: 'fixed',
    body: paragraphs(
      '2026年，街道党工委确定以下主要目标，请大家监督。',
      '一是抓好基层组织建设，6个社区党组织全部达到规范化标准。',
      '二是做好党员发展和教育，年内发展党员6至8名，党员集中学习每月不少于1次。',
      '三是推进政务公开，上线“街坊通”，公开内容按时更新率达到100%。',
      '四是加强作风建设，群众对窗口服务的满意率不低于95%。',
      '完成情况将在年底公开。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '关于拟任职干部的任前公示',
    category: 'party-cadres',
    departmentKey: 'party-office',
    publishedAt: '2026-06-03',
    timeliness: 'adhoc',
    body: paragraphs(
      '经街道党工委研究，拟任命以下同志担任职务，现予公示。',
      '张海燕，女，1986年出生，大学学历，现任社会事务办公室科员，拟任社会事务办公室副主任。',
      '李东，男，1983年出生，大学学历，现任城市管理办公室科员，拟任城市管理办公室副主任。',
      '公示时间：2026年6月3日至6月9日（5个工作日）。',
      '对公示对象有意见的，可在公示期内向街道纪工委反映，电话0000-66012104。反映问题要实事求是，请署真实姓名，我们为您保密。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '关于社区工作者招聘拟录用人员的公示',
    category: 'party-cadres',
    departmentKey: 'party-office',
    publishedAt: '2025-08-25',
    timeliness: 'adhoc',
    body: paragraphs(
      '青石街道2025年公开招聘社区工作者，经笔试、面试、体检和考察，拟录用以下8名人员。',
      '赵文静、钱晨、孙悦、吴浩然、郑雨、冯思远、陈佳、褚立新（按准考证号排序）。',
      '公示时间为7天。对公示人员有异议的，可向街道党政办公室反映，电话0000-66012201。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '关于拟接收预备党员的公示',
    category: 'party-members',
    departmentKey: 'party-office',
    publishedAt: '2026-05-12',
    timeliness: 'adhoc',
    body: paragraphs(
      '根据党员发展工作程序，经支部大会讨论，拟接收以下同志为中共预备党员，现予公示。',
      '青石社区党委：王小敏，女，1995年出生，大学学历，社区工作者。',
      '柳荫社区党委：陈志刚，男，1990年出生，大专学历，个体经营者。',
      '公示时间：2026年5月12日至5月18日。',
      '党员和群众对公示对象有意见的，可以来电、来信或当面向街道党工委组织办反映，电话0000-66012201。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '关于预备党员按期转正的公示',
    category: 'party-members',
    departmentKey: 'party-office',
    publishedAt: '2025-11-04',
    timeliness: 'adhoc',
    body: paragraphs(
      '以下3名预备党员预备期已满，经所在支部讨论，拟按期转为正式党员，现予公示。',
      '南塘社区党支部：刘晓梅；新河社区党支部：黄磊；桂园社区党支部：杨帆。',
      '公示时间为5个工作日。如有意见，请向街道党工委组织办反映，电话0000-66012201。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '青石街道党工委2025年度党费收缴和使用情况',
    category: 'party-dues',
    departmentKey: 'party-office',
    publishedAt: '2026-02-26',
    timeliness: 'fixed',
    body: paragraphs(
      '2025年，街道党工委所属28个党支部、1126名党员，共交纳党费18.36万元，按规定全额上缴区委组织部。',
      '区委组织部下拨街道使用的党费6.20万元，用于以下方面：慰问生活困难党员和老党员42人，3.15万元；党员教育培训，1.85万元；表彰优秀党员，1.20万元。',
      '以上金额均为示例数据。党员对党费收缴和使用有疑问的，可向所在支部或街道党工委组织办咨询。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '关于2026年党费收缴标准核定情况的通报',
    category: 'party-dues',
    departmentKey: 'party-office',
    publishedAt: '2026-03-05',
    timeliness: 'fixed',
    body: paragraphs(
      '按照党费交纳的有关规定，各支部已完成2026年党员交纳党费基数的核定。',
      '在职党员按每月工资收入的相应比例交纳；离退休党员按每月养老金收入的相应比例交纳；农民党员、下岗失业党员、依靠最低生活保障生活的党员，按规定少交或者免交。',
      '核定结果已在各支部公开。对核定基数有疑问的党员，请在3月31日前向支部书记提出。'
    ),
    attachments: [],
    commentUntil: null
  }
]

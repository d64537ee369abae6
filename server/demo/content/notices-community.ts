import type { DemoNotice } from '../types'
import { DEMO_NOTE, paragraphs } from './text'

/** 社区居务公开 and 决策征求意见. */
export const communityAndConsultationNotices: DemoNotice[] = [
  {
    title: '青石社区居民代表会议关于小区停车管理的决定',
    category: 'community-decisions',
    departmentKey: 'qingshi-community',
    publishedAt: '2026-09-22',
    timeliness: 'adhoc',
    body: paragraphs(
      '2026年9月18日，青石社区召开居民代表会议，应到代表45人，实到41人。',
      '会议表决通过了《青石小区停车管理办法》：同意38票，不同意2票，弃权1票。',
      `主要内容：小区内停车位优先租给本小区业主，每月80元${DEMO_NOTE}；外来车辆临时停放2小时内免费；收取的停车费用于道路维修和增设充电桩，每半年公开一次账目。`,
      '办法从2026年11月1日起执行。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '柳荫社区居民议事会关于加装电梯费用分摊的议定事项',
    category: 'community-decisions',
    departmentKey: 'liuyin-community',
    publishedAt: '2026-04-16',
    timeliness: 'adhoc',
    body: paragraphs(
      '4月12日，柳荫社区召开居民议事会，柳荫巷7号楼、9号楼全体业主参加。',
      '经协商，加装电梯扣除政府补助后，业主自筹部分按楼层分摊：二楼不出钱，三楼起每高一层多分摊一份。',
      '低保家庭和特困人员家庭自筹部分由社区慈善基金资助一半。',
      '议定事项已经全体业主签字确认，原件存社区居委会，欢迎查看。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '青石社区2025年居民会议决定事项落实情况',
    category: 'community-decisions',
    departmentKey: 'qingshi-community',
    publishedAt: '2026-01-18',
    timeliness: 'fixed',
    body: paragraphs(
      '2025年青石社区居民会议共作出决定5项，已全部落实。',
      '一、增设垃圾分类投放点4处，已完成；二、开设老年人智能手机课堂，全年开课24次；三、小区门口增设休息座椅，已完成；四、成立志愿巡逻队，队员36人；五、社区活动室延长开放到晚上8点，已执行。',
      '对落实情况有意见的，请到社区居委会或在“街坊通”上留言。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '青石社区2026年第三季度低保、特困救助对象公示',
    category: 'community-assistance',
    departmentKey: 'qingshi-community',
    publishedAt: '2026-10-10',
    timeliness: 'periodic',
    body: paragraphs(
      `第三季度，青石社区共有低保家庭42户、68人，特困人员5人，本季度发放救助金共计31.6万元${DEMO_NOTE}。`,
      '本季度新增低保家庭2户，停止1户。新增家庭名单在社区公开栏张贴。',
      '公示期7天。如果发现有人不符合条件却领了救助，或者有困难家庭还没有纳入，请告诉社区居委会，我们为您保密。',
      '社区居委会电话：0000-66013101。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '柳荫社区2026年第三季度医疗救助和临时救助发放情况公示',
    category: 'community-assistance',
    departmentKey: 'liuyin-community',
    publishedAt: '2026-10-12',
    timeliness: 'periodic',
    body: paragraphs(
      `第三季度，柳荫社区有9人获得医疗救助，共计4.82万元；有4户获得临时救助，共计1.36万元${DEMO_NOTE}。`,
      '获得医疗救助的9人中，低保对象6人，特困人员1人，低保边缘家庭成员2人。',
      '获得临时救助的4户，分别因突发疾病、意外受伤和火灾造成生活困难。',
      '名单在社区公开栏公示7天，只公开姓名和救助金额。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '柳荫社区2026年高龄津贴新增人员公示',
    category: 'community-assistance',
    departmentKey: 'liuyin-community',
    publishedAt: '2026-07-06',
    timeliness: 'periodic',
    body: paragraphs(
      '2026年上半年，柳荫社区有11位老人年满80周岁，经登记核实，从下月起领取高龄津贴。',
      '名单在社区公开栏张贴，公示7天。',
      '家里有老人满80周岁还没有登记的，请打社区电话0000-66013102，工作人员会上门登记。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '关于居民反映“柳荫巷晚上路灯太暗”的答复',
    category: 'community-replies',
    departmentKey: 'liuyin-community',
    publishedAt: '2026-03-25',
    timeliness: 'adhoc',
    body: paragraphs(
      '3月18日，有居民通过“街坊通”反映：柳荫巷晚上路灯太暗，老人走路容易摔跤。',
      '社区当天会同城市管理办公室去现场查看，发现有5盏路灯损坏，2处路段没有路灯。',
      '损坏的5盏路灯已在3月22日修好；新增的2盏路灯已列入背街小巷整治工程，预计9月底前装好。',
      '谢谢您的意见。如果还有哪里不亮，请继续告诉我们。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '关于居民询问“低保家庭子女上大学还能不能吃低保”的答复',
    category: 'community-replies',
    departmentKey: 'qingshi-community',
    publishedAt: '2026-08-28',
    timeliness: 'adhoc',
    body: paragraphs(
      '近期有几位居民问：低保家庭的孩子考上大学后，家里还能不能继续享受低保？',
      '答复：可以。孩子上大学期间，户口迁到学校的，仍然可以算作家庭成员；家庭人均收入仍低于低保标准的，继续享受低保。',
      '孩子在校期间勤工俭学的收入，不算作家庭收入。',
      '这个问题大家普遍关心，所以公开答复。具体情况可以到社区居委会或社会事务办公室问。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '关于居民建议“老年食堂增加软烂饭菜”的答复',
    category: 'community-replies',
    departmentKey: 'qingshi-community',
    publishedAt: '2025-11-14',
    timeliness: 'adhoc',
    body: paragraphs(
      '11月上旬，多位老人在意见箱里建议：老年食堂的饭菜太硬，希望多做一些软烂的菜。',
      '社区已和老年食堂商量，从11月18日起，每天午餐增加一份软烂菜和一份粥，价格不变。',
      '以后每个月请5位老人代表试吃评菜，大家的意见直接告诉食堂。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '关于北岸社区垃圾分类投放点调整意见采纳情况的说明',
    category: 'community-replies',
    departmentKey: 'urban-management',
    publishedAt: '2025-09-26',
    timeliness: 'adhoc',
    body: paragraphs(
      '2025年8月25日至9月15日，街道就北岸社区垃圾分类投放点调整方案征求了居民意见，共收到意见87条。',
      '采纳的意见：投放点离住户窗口至少10米；早上投放时间提前到6:30；每个投放点加装洗手池。',
      '没有采纳的意见：有居民建议取消定时投放。因为定时投放有专人指导，分类效果好，所以暂时保留，下一年度再评估。',
      '调整后的投放点从10月8日起启用。谢谢大家提出的意见。'
    ),
    attachments: [],
    commentUntil: null
  },
  {
    title: '关于《青石街道社区老年助餐服务实施办法（征求意见稿）》公开征求意见的公告',
    category: 'consultation',
    departmentKey: 'social-affairs',
    publishedAt: '2026-11-16',
    timeliness: 'adhoc',
    body: paragraphs(
      '为了让老年人吃得上、吃得好，街道起草了《青石街道社区老年助餐服务实施办法（征求意见稿）》，现在公开听取大家的意见。',
      `主要内容：80周岁以上老人每餐补助3元；低保、特困老人每餐补助5元${DEMO_NOTE}；行动不便的老人可以申请送餐上门。`,
      '征求意见时间：2026年11月16日至12月15日。',
      '提意见的方式：在“街坊通”首页点“我要留言”，类型选“意见建议”，写明是对哪一项征求意见提的；把附件里的反馈表填好，交到社区居委会；或者打电话0000-66012203。',
      '收到的意见，我们会整理后公开说明采纳情况。'
    ),
    attachments: [
      { name: '老年助餐服务实施办法（征求意见稿）.pdf', file: 'notices/2026-elderly-canteen-draft.pdf', mimeType: 'application/pdf' },
      {
        name: '征求意见反馈表.docx',
        file: 'forms/opinion-form.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
      }
    ],
    commentUntil: '2026-12-15'
  },
  {
    title: '关于青石公园改造方案征求居民意见的公告',
    category: 'consultation',
    departmentKey: 'urban-management',
    publishedAt: '2026-11-10',
    timeliness: 'adhoc',
    body: paragraphs(
      '青石公园建成已经二十多年，设施老化。街道拟在2027年对公园进行改造，现在听取大家的意见。',
      '初步方案：更换园路和座椅；增加适合老人的健身器材；新建一处儿童游乐场；改造公共厕所，增加无障碍厕位。',
      '方案效果图在公园门口和青石社区党群服务中心展示。',
      '征求意见时间：2026年11月10日至12月31日。请在“街坊通”首页点“我要留言”，类型选“意见建议”，写明是对哪一项征求意见提的，或把意见投进公园门口的意见箱。'
    ),
    attachments: [],
    commentUntil: '2026-12-31'
  },
  {
    title: '关于新河社区菜市场迁建选址听证会的公告',
    category: 'consultation',
    departmentKey: 'economy',
    publishedAt: '2026-05-20',
    timeliness: 'adhoc',
    body: paragraphs(
      '新河社区菜市场拟迁建。街道提出两个选址：一是新河路与南塘路口的空地；二是原新河小学旧址。',
      '街道定于2026年6月18日上午9:00在新河社区党群服务中心召开听证会，听取居民意见。',
      '愿意参加听证会的居民，请在6月10日前到新河社区报名，名额30人，报名人多时按抽签确定。',
      '不能参加的，可以在6月15日前通过“街坊通”提交书面意见。'
    ),
    attachments: [],
    commentUntil: '2026-06-15'
  },
  {
    title: '关于北岸社区垃圾分类投放点调整方案征求意见的公告',
    category: 'consultation',
    departmentKey: 'urban-management',
    publishedAt: '2025-08-25',
    timeliness: 'adhoc',
    body: paragraphs(
      '北岸社区现有垃圾分类投放点12处，有的离住户窗口太近，有的投放时间不方便上班族。街道拟作调整，现在听取大家的意见。',
      '调整方案：投放点由12处合并为9处，位置在各小区公开栏张贴；早上投放时间改为6:30至8:30，晚上改为6:00至8:00。',
      '征求意见时间：2025年8月25日至9月15日。',
      '请把意见告诉北岸社区居委会，或者在“街坊通”首页点“我要留言”，类型选“意见建议”，写明是对哪一项征求意见提的。'
    ),
    attachments: [],
    commentUntil: '2025-09-15'
  }
]

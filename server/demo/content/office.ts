import type { DemoContent, DemoDepartment, DemoLeader, DemoReception } from '../types'

/** The citizen service centre: most departments receive residents in its rooms. */
const CENTRE = '沧澜市望川区青石路18号 青石街道为民服务中心'
const CENTRE_LOCATION = { latitude: 31.2046, longitude: 118.8732 }
const WEEKDAYS = '星期一至星期五 上午8:30—12:00，下午2:00—5:30（法定节假日除外）'

export const office: DemoContent['office'] = {
  name: '沧澜市望川区青石街道办事处',
  address: '沧澜市望川区青石路18号',
  location: CENTRE_LOCATION,
  hours: WEEKDAYS
}

export const dutyPhone: DemoContent['dutyPhone'] = {
  label: '街道值班电话',
  phone: '0000-66012000',
  hours: '24小时有人接听'
}

export const supervisionHotline: DemoContent['supervisionHotline'] = {
  label: '政务公开监督热线',
  phone: '0000-66012345',
  hours: '工作日 上午8:30—12:00，下午2:00—5:30；其他时间可留言，下一个工作日回电'
}

/**
 * A fictional district government: the reconsideration body of a 街道办事处 (行政复议法 第二十四条) and
 * the body one level up that decides a 复查 (信访工作条例 第三十五条).
 */
const DISTRICT = { name: '沧澜市望川区人民政府', contact: '沧澜市望川区政府大道1号，电话 0000-66010000' }
export const superiorBodies: DemoContent['superiorBodies'] = { reconsiderationBody: DISTRICT, reviewBody: DISTRICT }

export const departments: DemoDepartment[] = [
  {
    key: 'party-office',
    name: '党政办公室',
    duties: '负责街道党工委、办事处的日常运转，文件收发、会议组织和督查督办；负责政务公开、政府信息公开申请的受理和答复；负责信访接待和领导接待日的安排。',
    phone: '0000-66012201',
    address: `${CENTRE} 3楼301室`,
    location: CENTRE_LOCATION,
    hours: WEEKDAYS
  },
  {
    key: 'social-affairs',
    name: '社会事务办公室',
    duties: '负责最低生活保障、特困人员救助供养、临时救助、医疗救助的受理和审核；负责高龄津贴、老年人优待、养老服务和殡葬管理；负责独生子女父母奖励等计划生育服务。',
    phone: '0000-66012203',
    address: `${CENTRE} 1楼4号、5号窗口`,
    location: CENTRE_LOCATION,
    hours: WEEKDAYS
  },
  {
    key: 'service-centre',
    name: '为民服务中心',
    duties: '集中受理居民办事，实行首问负责、一次性告知和限时办结；负责居住证、各类证明的受理和转办；负责窗口服务的评价和投诉处理。',
    phone: '0000-66012200',
    address: `${CENTRE} 1楼大厅`,
    location: CENTRE_LOCATION,
    hours: '星期一至星期五 上午8:30—12:00，下午2:00—5:30；星期六上午9:00—12:00 预约办理'
  },
  {
    key: 'urban-management',
    name: '城市管理办公室',
    duties: '负责辖区市容环境卫生、垃圾分类、绿化养护和老旧小区改造的组织协调；负责道路、路灯、井盖等设施问题的收集和转办。',
    phone: '0000-66012205',
    address: `${CENTRE} 2楼205室`,
    location: CENTRE_LOCATION,
    hours: WEEKDAYS
  },
  {
    key: 'safety',
    name: '平安建设办公室',
    duties: '负责社会治安综合治理、矛盾纠纷排查调解和网格化管理；负责安全生产、消防安全和防汛防台的检查与应急处置。',
    phone: '0000-66012206',
    address: `${CENTRE} 2楼206室`,
    location: CENTRE_LOCATION,
    hours: WEEKDAYS
  },
  {
    key: 'economy',
    name: '经济发展办公室',
    duties: '负责辖区经济运行分析、企业服务和招商引资；负责街道工程项目的立项、招投标和验收的组织工作。',
    phone: '0000-66012207',
    address: `${CENTRE} 3楼305室`,
    location: CENTRE_LOCATION,
    hours: WEEKDAYS
  },
  {
    key: 'finance',
    name: '财政所',
    duties: '负责街道预算编制和执行、决算和“三公”经费公开；负责各类补贴资金的发放和监管；负责国有资产管理。',
    phone: '0000-66012208',
    address: `${CENTRE} 3楼308室`,
    location: CENTRE_LOCATION,
    hours: WEEKDAYS
  },
  {
    key: 'labour',
    name: '劳动保障所',
    duties: '负责就业失业登记、就业困难人员认定和再就业帮扶；负责城乡居民基本养老保险、城乡居民基本医疗保险的参保登记和政策咨询；负责劳动纠纷的调解。',
    phone: '0000-66012209',
    address: `${CENTRE} 1楼6号、7号窗口`,
    location: CENTRE_LOCATION,
    hours: WEEKDAYS
  },
  {
    key: 'veterans',
    name: '退役军人服务站',
    duties: '负责退役军人和其他优抚对象的信息采集、优待证申领、走访慰问和帮扶援助；负责优抚政策咨询和困难退役军人的救助申请。',
    phone: '0000-66012210',
    address: `${CENTRE} 1楼8号窗口`,
    location: CENTRE_LOCATION,
    hours: WEEKDAYS
  },
  {
    key: 'enforcement',
    name: '综合行政执法队',
    duties: '依法查处辖区内违法建设、占道经营、乱倒垃圾等违法行为；公开执法依据、执法程序和罚款标准，接受群众投诉。',
    phone: '0000-66012211',
    address: '沧澜市望川区青石路26号 综合行政执法队办公楼',
    location: { latitude: 31.2051, longitude: 118.8741 },
    hours: '星期一至星期日 上午8:00—晚上8:00 巡查，办公时间同工作日'
  },
  {
    key: 'disabled',
    name: '残疾人联合会',
    duties: '负责残疾人证申领的初审，困难残疾人生活补贴、重度残疾人护理补贴的受理；负责残疾人就业、康复和辅助器具的服务。',
    phone: '0000-66012212',
    address: `${CENTRE} 1楼9号窗口`,
    location: CENTRE_LOCATION,
    hours: WEEKDAYS
  },
  {
    key: 'expropriation',
    name: '征收安置办公室',
    duties: '负责辖区房屋征收和安置的组织实施；公开征收范围、补偿标准、安置方案和进度；受理征收补偿的咨询和投诉。',
    phone: '0000-66012213',
    address: `${CENTRE} 2楼210室`,
    location: CENTRE_LOCATION,
    hours: WEEKDAYS
  },
  {
    key: 'qingshi-community',
    name: '青石社区居民委员会',
    duties: '组织居民会议和居民议事，公开居务；协助做好低保、救助、养老、就业等工作的入户调查和公示；收集居民意见并按时答复。',
    phone: '0000-66013101',
    address: '沧澜市望川区青石路52号 青石社区党群服务中心',
    location: { latitude: 31.2068, longitude: 118.8704 },
    hours: '星期一至星期六 上午8:30—12:00，下午2:00—5:30'
  },
  {
    key: 'liuyin-community',
    name: '柳荫社区居民委员会',
    duties: '组织居民会议和居民议事，公开居务；协助做好低保、救助、养老、就业等工作的入户调查和公示；收集居民意见并按时答复。',
    phone: '0000-66013102',
    address: '沧澜市望川区柳荫巷9号 柳荫社区党群服务中心',
    location: { latitude: 31.2012, longitude: 118.8779 },
    hours: '星期一至星期六 上午8:30—12:00，下午2:00—5:30'
  }
]

export const leaders: DemoLeader[] = [
  {
    name: '周明远',
    post: '党工委书记',
    duties: '主持街道党工委全面工作。负责党的建设、意识形态和党风廉政建设第一责任。',
    phone: '0000-66012101',
    photo: 'leaders/leader-1.png'
  },
  {
    name: '林秀华',
    post: '党工委副书记、办事处主任',
    duties: '主持办事处行政全面工作。分管财政所、经济发展办公室，负责预算和重大项目。',
    phone: '0000-66012102',
    photo: 'leaders/leader-2.png'
  },
  {
    name: '陈国平',
    post: '党工委副书记',
    duties: '协助书记抓党建工作。分管组织、宣传、统战、群团和政务公开工作，联系青石社区。',
    phone: '0000-66012103',
    photo: 'leaders/leader-3.png'
  },
  {
    name: '郑晓燕',
    post: '党工委委员、纪工委书记',
    duties: '负责纪检监察工作，抓作风建设和政务公开的监督检查，受理对干部的投诉举报。',
    phone: '0000-66012104',
    photo: 'leaders/leader-4.png'
  },
  {
    name: '王建军',
    post: '党工委委员、办事处副主任',
    duties: '分管城市管理办公室、综合行政执法队、平安建设办公室，负责安全生产和防汛防台。',
    phone: '0000-66012105',
    photo: 'leaders/leader-5.png'
  },
  {
    name: '刘丽',
    post: '办事处副主任',
    duties: '分管社会事务办公室、劳动保障所、残疾人联合会，负责低保、救助、养老和就业工作，联系柳荫社区。',
    phone: '0000-66012106',
    photo: 'leaders/leader-6.png'
  },
  {
    name: '孙海涛',
    post: '办事处副主任',
    duties: '分管征收安置办公室和为民服务中心，负责房屋征收、老旧小区改造和窗口服务。',
    phone: '0000-66012107',
    photo: 'leaders/leader-7.png'
  },
  {
    name: '何志强',
    post: '人大街道工委主任',
    duties: '负责人大街道工委工作，联系辖区人大代表，组织代表接待选民；分管退役军人服务站。',
    phone: '0000-66012108',
    photo: 'leaders/leader-8.png'
  }
]

export const receptions: DemoReception[] = [
  {
    leaderName: '周明远',
    when: '每月第一个星期三 上午9:00—11:30',
    place: '青石街道为民服务中心 2楼领导接待室',
    topics: '街道发展、党建工作和群众反映强烈的问题'
  },
  {
    leaderName: '林秀华',
    when: '每月第二个星期三 上午9:00—11:30',
    place: '青石街道为民服务中心 2楼领导接待室',
    topics: '街道行政事务、惠民实事和重大项目'
  },
  {
    leaderName: '陈国平',
    when: '每月第三个星期三 上午9:00—11:30',
    place: '青石社区党群服务中心 1楼议事厅',
    topics: '党员服务、社区建设和政务公开'
  },
  {
    leaderName: '郑晓燕',
    when: '每月第四个星期三 上午9:00—11:30',
    place: '青石街道为民服务中心 2楼领导接待室',
    topics: '对干部作风和办事不公的投诉举报'
  },
  {
    leaderName: '王建军',
    when: '每月第一个星期五 下午2:30—5:00',
    place: '青石街道为民服务中心 2楼领导接待室',
    topics: '市容环境、违法建设、治安和安全隐患'
  },
  {
    leaderName: '刘丽',
    when: '每月第二个星期五 下午2:30—5:00',
    place: '柳荫社区党群服务中心 1楼接待室',
    topics: '低保、救助、养老、残疾人补贴和就业'
  },
  {
    leaderName: '孙海涛',
    when: '每月第三个星期五 下午2:30—5:00',
    place: '青石街道为民服务中心 2楼领导接待室',
    topics: '房屋征收补偿、老旧小区改造和窗口服务'
  },
  {
    leaderName: '何志强',
    when: '每季度第一个月的第四个星期五 下午2:30—5:00',
    place: '青石街道人大代表联络站（青石路52号）',
    topics: '人大代表接待选民，退役军人优待和帮扶'
  }
]

/**
 * The disclosure catalogue (公开目录): the categories the office publishes under.
 * Ids are stable slugs used in URLs (`?category=gov-benefits`); a parent id selects its children too.
 */
export type CategoryId = (typeof CATEGORY_IDS)[number]

export interface CategoryDefinition {
  id: CategoryId
  name: string
  /** What a resident finds there, one short sentence. */
  description: string
  /** Service guides live in their own list; the catalogue links to it instead of notices. */
  content: 'notices' | 'guides'
  children?: CategoryDefinition[]
}

export const CATEGORY_IDS = [
  'basic',
  'basic-profile',
  'basic-commitments',
  'party',
  'party-decisions',
  'party-goals',
  'party-cadres',
  'party-members',
  'party-dues',
  'gov',
  'gov-benefits',
  'gov-practical',
  'gov-duties',
  'gov-finance',
  'gov-tenders',
  'gov-land',
  'gov-safety',
  'gov-assistance-list',
  'gov-annual-report',
  'community',
  'community-decisions',
  'community-assistance',
  'community-replies',
  'guides',
  'consultation'
] as const

export const CATALOGUE: CategoryDefinition[] = [
  {
    id: 'basic',
    name: '基本情况',
    description: '街道的机构、领导分工和服务承诺',
    content: 'notices',
    children: [
      { id: 'basic-profile', name: '机构概况', description: '机构设置和职责', content: 'notices' },
      { id: 'basic-commitments', name: '服务承诺', description: '我们承诺做到的事和答复时限', content: 'notices' }
    ]
  },
  {
    id: 'party',
    name: '党务公开',
    description: '党组织的决策、目标和党员工作',
    content: 'notices',
    children: [
      { id: 'party-decisions', name: '决策部署', description: '重要会议和决定', content: 'notices' },
      { id: 'party-goals', name: '目标任务', description: '年度目标和完成情况', content: 'notices' },
      { id: 'party-cadres', name: '干部任免', description: '干部任免和公示', content: 'notices' },
      { id: 'party-members', name: '党员发展', description: '发展党员公示', content: 'notices' },
      { id: 'party-dues', name: '党费收缴', description: '党费收缴和使用', content: 'notices' }
    ]
  },
  {
    id: 'gov',
    name: '政务公开',
    description: '政策、资金、项目和办事结果',
    content: 'notices',
    children: [
      { id: 'gov-benefits', name: '惠民政策', description: '低保、医保、残疾人救助、养老保险等政策', content: 'notices' },
      { id: 'gov-practical', name: '惠民实事', description: '每年为群众办的实事和进度', content: 'notices' },
      { id: 'gov-duties', name: '部门职责', description: '各站所的职责、依据、流程和收费标准', content: 'notices' },
      { id: 'gov-finance', name: '财政预决算与三公经费', description: '预算、决算和三公经费', content: 'notices' },
      { id: 'gov-tenders', name: '招投标', description: '工程项目、审批和招标结果', content: 'notices' },
      { id: 'gov-land', name: '征地拆迁', description: '征收范围、补偿标准和进度', content: 'notices' },
      { id: 'gov-safety', name: '安全生产', description: '安全检查和事故处理', content: 'notices' },
      { id: 'gov-assistance-list', name: '低保动态公示', description: '低保等救助对象的动态公示', content: 'notices' },
      { id: 'gov-annual-report', name: '年度报告', description: '政府信息公开工作年度报告', content: 'notices' }
    ]
  },
  {
    id: 'community',
    name: '社区居务公开',
    description: '社区的决定、救助对象和意见回复',
    content: 'notices',
    children: [
      { id: 'community-decisions', name: '居民会议决定', description: '居民会议和议事结果', content: 'notices' },
      { id: 'community-assistance', name: '救助对象公示', description: '社区救助对象名单', content: 'notices' },
      { id: 'community-replies', name: '意见回复', description: '对居民意见的答复', content: 'notices' }
    ]
  },
  { id: 'guides', name: '办事指南', description: '办什么事、带什么材料、多久办好', content: 'guides' },
  { id: 'consultation', name: '决策征求意见', description: '重大决策征求意见和听证', content: 'notices' }
]

function flatten(nodes: CategoryDefinition[], parent: CategoryDefinition | null, out: Map<CategoryId, { def: CategoryDefinition; parent: CategoryDefinition | null }>) {
  for (const def of nodes) {
    out.set(def.id, { def, parent })
    if (def.children) flatten(def.children, def, out)
  }
  return out
}

const BY_ID = flatten(CATALOGUE, null, new Map())

/** @example isCategoryId('gov-benefits') // true */
export function isCategoryId(value: string): value is CategoryId {
  return BY_ID.has(value as CategoryId)
}

/** @example categoryName('gov-benefits') // '惠民政策' */
export function categoryName(id: CategoryId): string {
  return BY_ID.get(id)!.def.name
}

/** The parent category, or null for a top-level one. @example parentCategory('gov-benefits') // 'gov' */
export function parentCategory(id: CategoryId): CategoryId | null {
  return BY_ID.get(id)!.parent?.id ?? null
}

/**
 * The category and all categories below it: what `?category=` selects.
 * @example categoryWithDescendants('basic') // ['basic', 'basic-profile', 'basic-commitments']
 */
export function categoryWithDescendants(id: CategoryId): CategoryId[] {
  const def = BY_ID.get(id)!.def
  return [def.id, ...(def.children ?? []).flatMap((c) => categoryWithDescendants(c.id))]
}

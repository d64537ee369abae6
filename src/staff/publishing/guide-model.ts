import type { GuideDetail } from '@/core/schemas/guides'
import { GuideDraftBodySchema, type GuideDraftBody, type StaffGuide } from '@/core/schemas/publishing'
import { htmlOfSource, sourceOfBody } from './body-model'

/**
 * The service-guide (办事指南) form: the eight disclosures (八公开) as officials type them. Lists
 * (legal basis, procedure) are one item per line; materials are rows of name, copies and a note.
 */

export interface MaterialRow {
  name: string
  copies: string
  note: string
}

export interface GuideFormValues {
  name: string
  summary: string
  topic: string
  departmentId: number | null
  legalBasis: string
  procedure: string
  materials: MaterialRow[]
  statutoryLimit: string
  promisedLimit: string
  feeStandard: string
  feeBasis: string
  /** 办事须知 as the body box holds it (body-model.ts); always sent as rich text. */
  body: string
  /** The published guide this draft revises (GET /guides/:id), or null for a new service. */
  revises: number | null
}

export const EMPTY_MATERIAL: MaterialRow = { name: '', copies: '1 份', note: '' }

export const EMPTY_GUIDE_FORM: GuideFormValues = {
  name: '',
  summary: '',
  topic: '',
  departmentId: null,
  legalBasis: '',
  procedure: '',
  materials: [EMPTY_MATERIAL],
  statutoryLimit: '',
  promisedLimit: '',
  feeStandard: '不收费',
  feeBasis: '',
  body: '',
  revises: null
}

export type GuideFormErrors = Partial<Record<Exclude<keyof GuideFormValues, 'materials'>, string>> & { materials?: Record<number, string> & { all?: string } }

/**
 * The non-empty lines of a list field.
 * @example linesOf('申请\n\n 审核 \n') // ['申请', '审核']
 */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
}

/**
 * The draft a form describes, checked with the server's schema; a material's problem is kept on its row.
 * @example checkGuideDraft(EMPTY_GUIDE_FORM).ok // false
 */
export function checkGuideDraft(v: GuideFormValues): { ok: true; body: GuideDraftBody } | { ok: false; errors: GuideFormErrors } {
  const checked = GuideDraftBodySchema.safeParse({
    name: v.name,
    summary: v.summary,
    topic: v.topic,
    departmentId: v.departmentId ?? undefined,
    legalBasis: linesOf(v.legalBasis),
    procedure: linesOf(v.procedure),
    // A row left wholly empty is not a material: the form always offers one more.
    materials: v.materials.filter((m) => m.name.trim() || m.note.trim()).map((m) => ({ name: m.name, copies: m.copies, note: m.note.trim() || null })),
    statutoryLimit: v.statutoryLimit,
    promisedLimit: v.promisedLimit,
    feeStandard: v.feeStandard,
    feeBasis: v.feeBasis,
    body: htmlOfSource(v.body),
    revises: v.revises
  })
  if (checked.success) return { ok: true, body: checked.data }
  const errors: GuideFormErrors = {}
  for (const issue of checked.error.issues) {
    const [field, row] = issue.path
    if (field === 'materials') {
      errors.materials ??= {}
      if (typeof row === 'number') errors.materials[row] ??= issue.message
      else errors.materials.all ??= issue.message
      continue
    }
    const key = String(field) as Exclude<keyof GuideFormValues, 'materials'>
    errors[key] ??= field === 'departmentId' ? '请选择受理部门' : issue.message
  }
  return { ok: false, errors }
}

/** The form of a draft being edited, filled from the draft as the server keeps it. */
export function formOfGuide(g: StaffGuide): GuideFormValues {
  return {
    name: g.name,
    summary: g.summary,
    topic: g.topic,
    departmentId: g.departmentId,
    legalBasis: g.legalBasis.join('\n'),
    procedure: g.procedure.join('\n'),
    materials: g.materials.map((m) => ({ name: m.name, copies: m.copies, note: m.note ?? '' })),
    statutoryLimit: g.statutoryLimit,
    promisedLimit: g.promisedLimit,
    feeStandard: g.feeStandard,
    feeBasis: g.feeBasis,
    body: sourceOfBody(g.body, 'html'),
    // Saving a draft again keeps its link to the public guide (`guideId`); the server ignores `revises` then.
    revises: null
  }
}

/**
 * A revision of a published guide starts from what residents read now; the public guide stays up
 * until the revision is published.
 */
export function formOfPublishedGuide(g: GuideDetail): GuideFormValues {
  return {
    name: g.name,
    summary: g.summary,
    topic: g.topic,
    departmentId: g.department.id,
    legalBasis: g.legalBasis.join('\n'),
    procedure: g.procedure.join('\n'),
    materials: g.materials.map((m) => ({ name: m.name, copies: m.copies, note: m.note ?? '' })),
    statutoryLimit: g.statutoryLimit,
    promisedLimit: g.promisedLimit,
    feeStandard: g.feeStandard,
    feeBasis: g.feeBasis,
    body: sourceOfBody(g.body, 'html'),
    revises: g.id
  }
}

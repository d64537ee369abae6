import { CATALOGUE, categoryWithDescendants, type CategoryDefinition, type CategoryId } from '@/core/notices/catalogue'
import type { Catalogue, CatalogueNode } from '@/core/schemas/notices'
import type { Queryable } from '../db/db'

/**
 * How many published items each category holds directly, in one query: notices by their category,
 * and the service guides under 'guides'. Categories without items are absent; rolling the counts up
 * to parent categories is done by `findCatalogue`.
 */
export async function countPublishedByCategory(db: Queryable): Promise<Map<CategoryId, number>> {
  const rows = await db.query<{ category: CategoryId; count: number }>(
    `SELECT category, count(*)::int AS count FROM notices WHERE status = 'published' GROUP BY category
     UNION ALL
     SELECT 'guides', count(*)::int FROM guides`
  )
  return new Map(rows.map((row) => [row.category, row.count]))
}

/**
 * The disclosure catalogue with, on every node, the number of published items in it and below it.
 * @example (await findCatalogue(db)).categories[0] // { id: 'basic', name: '基本情况', count: 5, children: [...] }
 */
export async function findCatalogue(db: Queryable): Promise<Catalogue> {
  const direct = await countPublishedByCategory(db)
  const nodeOf = (def: CategoryDefinition): CatalogueNode => ({
    id: def.id,
    name: def.name,
    description: def.description,
    content: def.content,
    count: categoryWithDescendants(def.id).reduce((sum, id) => sum + (direct.get(id) ?? 0), 0),
    children: (def.children ?? []).map(nodeOf)
  })
  return { categories: CATALOGUE.map(nodeOf) }
}

export interface TopicGroup<T> {
  topic: string
  items: T[]
}

/**
 * Guides grouped under their topic, topics in the order they first appear and guides in list order
 * within each, so that the server's ranking still decides what comes first.
 * @example groupByTopic([{ topic: '养老' }, { topic: '救助' }, { topic: '养老' }]).map((g) => g.topic) // ['养老', '救助']
 */
export function groupByTopic<T extends { topic: string }>(items: T[]): TopicGroup<T>[] {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const group = groups.get(item.topic)
    if (group) group.push(item)
    else groups.set(item.topic, [item])
  }
  return [...groups].map(([topic, members]) => ({ topic, items: members }))
}

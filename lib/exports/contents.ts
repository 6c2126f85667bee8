import type { PayloadRequest } from 'payload'

/**
 * Which submissions an export file holds, so that erasing a person's submissions can erase the
 * files that hold them too. The plugin writes a file in batches and saves it afterwards with the
 * same request: the batches add their documents' ids here, the save takes them (and empties the
 * set, since a job runner can make several exports with one request).
 */
const KEY = 'heroes.exportedSubmissions'
type Id = number | string

export function rememberExported(req: PayloadRequest, docs: { id?: unknown }[]): void {
  const ids = ((req.context[KEY] as Set<Id> | undefined) ??= new Set<Id>())
  // Numbers on SQLite, ObjectId strings on MongoDB.
  for (const { id } of docs) if (typeof id === 'number' || typeof id === 'string') ids.add(id)
}

export function takeExported(req: PayloadRequest): Id[] | undefined {
  const ids = req.context[KEY] as Set<Id> | undefined
  if (!ids) return undefined
  const taken = [...ids]
  ids.clear()
  return taken
}

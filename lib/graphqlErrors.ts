import {
  type DocumentNode,
  type ExecutionArgs,
  Kind,
  parse,
  type ValidationRule,
  visit,
} from 'graphql'
import { APIError } from 'payload'

import { isInputError } from './apiErrors'

const production = () => process.env.NODE_ENV === 'production'

/**
 * graphql-js answers a misspelled field, argument, type or enum value with "Did you mean …?",
 * naming the schema's real ones: with introspection off in production, those suggestions would
 * still let a client read the schema a guess at a time. graphql-js 16.15 can leave them out
 * (`hideSuggestions`), but Payload's handler (graphql-http) passes no options to `validate()` or
 * `execute()`. What it does pass is Payload's `graphQL.validationRules`, called with the very
 * arguments object it then hands to `execute()`, and a rule is built with the validation
 * context before any rule visits the document. So: `hideSuggestions` on the execution
 * arguments (variables and enum values coerced at execution), and on the validation context
 * (fields, arguments, types, input fields and enum literals checked by the specified rules).
 * Payload's complexity rule coerces the variables once more, with suggestions: those are
 * removed from the answer (`answeringClientErrors`).
 */
export function hideSuggestions(args: ExecutionArgs): ValidationRule[] {
  if (!production()) return []
  args.hideSuggestions = true
  return [withoutSuggestions]
}

// Shadows ValidationContext's `hideSuggestions` getter for this one validation.
const withoutSuggestions: ValidationRule = (context) => {
  Object.defineProperty(context, 'hideSuggestions', { value: true })
  return {}
}

/** graphql-js's suggestion, at the end of a message: ` Did you mean "title"?`, `… the enum value "en" or "nl"?` */
const suggestion = / ?Did you mean [^?]*\?/g

type Handler = (request: Request) => Promise<Response>

/** Levels of fragments spread in fragments: far more than any real query has. */
export const MAX_FRAGMENT_DEPTH = 50

/**
 * What Payload's complexity rule cannot validate. It runs before graphql-js's own rules report
 * anything: a fragment cycle, or fragments spread in fragments some thousands deep, make it
 * recurse until the stack overflows, and a subscription (the schema has none) makes it read a
 * property of nothing. graphql-http turns those exceptions into a bodiless 500, so they are
 * refused before. Null for anything else, a document that does not parse included (graphql-http
 * reports those itself).
 */
export function documentProblem(query: unknown): string | null {
  if (typeof query !== 'string') return null
  let document: DocumentNode
  try {
    document = parse(query)
  } catch {
    return null
  }
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'subscription')
      return 'Subscriptions are not supported.'
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      const names: string[] = []
      visit(definition.selectionSet, { FragmentSpread: (node) => void names.push(node.name.value) })
      spreads.set(definition.name.value, names)
    }
  }
  return nestsTooDeep(spreads) ? 'Fragments nest too deep, or in a cycle.' : null
}

/** Whether a chain of spreads is longer than MAX_FRAGMENT_DEPTH; a cycle is endless. */
function nestsTooDeep(spreads: Map<string, string[]>): boolean {
  const depths = new Map<string, number>()
  // The level bounds the recursion, so a cycle ends as soon as it is too deep.
  const depth = (name: string, level: number): number => {
    if (level > MAX_FRAGMENT_DEPTH) return Infinity
    const known = depths.get(name)
    if (known !== undefined) return known
    let deepest = 0
    for (const child of spreads.get(name) ?? [])
      deepest = Math.max(deepest, 1 + depth(child, level + 1))
    depths.set(name, deepest)
    return deepest
  }
  return [...spreads.keys()].some((name) => depth(name, 0) > MAX_FRAGMENT_DEPTH)
}

/** The operation of a JSON request body, when it has one. */
async function operationOf(request: Request): Promise<{ query?: unknown }> {
  if (!request.headers.get('content-type')?.startsWith('application/json')) return {}
  try {
    const body: unknown = JSON.parse(await request.clone().text())
    return typeof body === 'object' && body !== null ? body : {}
  } catch {
    return {}
  }
}

const error = (status: number, message: string, headers?: HeadersInit) => {
  const response = Response.json({ errors: [{ message }] }, { status })
  new Headers(headers).forEach((value, name) => response.headers.set(name, value))
  return response
}

/**
 * Payload's GraphQL handler lets a client's mistakes out as exceptions, which Next turns into a
 * bare 500: a body that is not JSON or a multipart body that breaks off (read before graphql-http
 * sees it). Nothing is executed by then, so these are the request's own faults: a 400; so are
 * the documents Payload cannot validate (`documentProblem`).
 * graphql-http's own refusals (415 for a content type it does not read, 406 for an Accept it
 * cannot meet) come without a body and get the API's error shape; in production, no message
 * keeps a suggestion.
 */
export function answeringClientErrors(handler: Handler): Handler {
  return async (request) => {
    const problem = documentProblem((await operationOf(request)).query)
    if (problem) return error(400, problem)
    let response: Response
    try {
      response = await handler(request)
    } catch (thrown) {
      if (thrown instanceof APIError && thrown.status < 500)
        return error(thrown.status, thrown.isPublic ? thrown.message : 'Invalid request.')
      if (isInputError(thrown)) return error(400, 'Invalid request.')
      throw thrown
    }
    const body = await response.text()
    if (response.status >= 400 && response.status < 500 && !body)
      return error(response.status, response.statusText || 'Invalid request.', response.headers)
    if (!production() || !body.includes('Did you mean')) return new Response(body, response)
    const answer = JSON.parse(body) as { errors?: { message?: unknown }[] }
    for (const e of answer.errors ?? [])
      if (typeof e.message === 'string') e.message = e.message.replace(suggestion, '')
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    return new Response(JSON.stringify(answer), { status: response.status, headers })
  }
}

/** The methods Payload's GraphQL route does not take, answered in the API's error shape. */
export const methodNotAllowed = async () =>
  error(405, 'Method not allowed.', { allow: 'POST, OPTIONS' })

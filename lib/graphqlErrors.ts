import type { ExecutionArgs, ValidationRule } from 'graphql'
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

const error = (status: number, message: string, headers?: HeadersInit) => {
  const response = Response.json({ errors: [{ message }] }, { status })
  new Headers(headers).forEach((value, name) => response.headers.set(name, value))
  return response
}

/**
 * Payload's GraphQL handler lets a client's mistakes out as exceptions, which Next turns into a
 * bare 500: a body that is not JSON or a multipart body that breaks off (read before graphql-http
 * sees it), and documents that Payload's complexity rule trips over while validating (a fragment
 * cycle recurses until the stack overflows, a subscription has no root type, an operation name
 * that names nothing). Nothing is executed by then, so these are the request's own faults: a 400.
 * graphql-http's own refusals (415 for a content type it does not read, 406 for an Accept it
 * cannot meet) come without a body and get the API's error shape; in production, no message
 * keeps a suggestion.
 */
export function answeringClientErrors(handler: Handler): Handler {
  return async (request) => {
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

import type { AfterErrorHook } from 'payload'

/** What a parser or a database driver throws when a request's own input was unusable. */
const inputErrors = [SyntaxError, TypeError, RangeError, URIError]
/** Busboy's words for a multipart body that ends or breaks early. */
const brokenMultipart = /unexpected end of form|malformed part header|boundary not found/i
/**
 * The SQL adapter's words for a query on a field the collection does not have, which Payload's
 * own path check lets through where it queries for itself: `/api/media/file/x?prefix=…` looks
 * the file up by a `prefix` field that only a storage adapter adds.
 */
const unknownQueryPath = /^Cannot find field for path at /

export function isInputError(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    if (inputErrors.some((type) => e instanceof type)) return true
  }
  return (
    error instanceof Error &&
    (brokenMultipart.test(error.message) || unknownQueryPath.test(error.message))
  )
}

/**
 * Payload answers 500 when a query string's `where` is not JSON, a filter value cannot be bound
 * (a date that is no date, an id that is no number) or a multipart body breaks off. Those are the
 * client's mistakes: they get a 400 without detail. Errors Payload already classed (403, 404,
 * validation) keep their status, and the database being away stays a 5xx. Payload logs the
 * original error before this hook runs.
 */
export const badInputIs400: AfterErrorHook = ({ error }) => {
  const status = (error as { status?: number }).status
  if (status && status < 500) return
  if (!isInputError(error)) return
  return { status: 400, response: { errors: [{ message: 'Invalid request.' }] } }
}

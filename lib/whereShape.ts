import { validOperatorSet } from 'payload/shared'

/** Values one query may compare with, list items included: far beyond any screen of the portal. */
export const MAX_WHERE_VALUES = 1000
/** `and`/`or` levels one query may nest. */
export const MAX_WHERE_DEPTH = 10
/**
 * Conditions one query may hold, each word of a `like` counted as one (the SQL adapter matches
 * each word on its own): SQLite refuses a statement whose expression tree is more than 1,000
 * deep, and a chain of conditions is as deep as it is long.
 */
export const MAX_WHERE_TERMS = 100

const listOperators = new Set(['in', 'not_in', 'all'])
const geoOperators = new Set(['near', 'within', 'intersects'])
/** Characters of one value: SQLite refuses a LIKE pattern over 50,000 bytes, and no field is that long. */
export const MAX_WHERE_STRING = 10_000
/** A GeoJSON shape for `within`/`intersects` is an object; bounded, like every other value. */
const MAX_GEO_JSON = 10_000

type Scalar = string | number | boolean | null

const isScalar = (value: unknown): value is Scalar =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value)
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A date field's value: what `new Date()` reads, or the empty and `null` values Payload allows. */
const isDateValue = (value: Scalar) =>
  typeof value !== 'string' ||
  value === '' ||
  value === 'null' ||
  !Number.isNaN(new Date(value).getTime())

/**
 * Why a `where` cannot be a query, or null when its shape is sound. Payload hands a value of the
 * wrong shape on to the database (an array where SQLite binds one value, 5,000 list items where
 * it binds at most 32,766 variables a statement) and answers 500; the client's mistake is a 400.
 * The shape is judged here, and dates, since the SQL adapter turns `contains`/`like` with a date
 * that is no date into a statement SQLite cannot parse; other field names and value types stay
 * Payload's to check. `fieldType` gives the type of the field at a path, when known.
 */
export function whereShapeProblem(
  where: unknown,
  fieldType: (path: string) => string | undefined = () => undefined,
): string | null {
  let values = 0
  let terms = 0
  const count = (n: number) => {
    values += n
    return values > MAX_WHERE_VALUES ? `more than ${MAX_WHERE_VALUES} values` : null
  }
  const term = (n: number) => {
    terms += n
    return terms > MAX_WHERE_TERMS ? `more than ${MAX_WHERE_TERMS} conditions` : null
  }

  const condition = (path: string, operators: unknown): string | null => {
    if (!isPlainObject(operators)) return 'a field needs operators'
    const isDate = fieldType(path) === 'date'
    for (const [operator, value] of Object.entries(operators)) {
      if (!validOperatorSet.has(operator as never)) return `unknown operator`
      const problem = operand(operator, value)
      if (problem) return problem
      if (isDate && operator !== 'exists' && !dates(operator, value)) return 'not a date'
    }
    return null
  }

  const dates = (operator: string, value: unknown) => {
    const items =
      listOperators.has(operator) && typeof value === 'string' ? value.split(',') : [value]
    return items.flat().every((item) => isScalar(item) && isDateValue(item))
  }

  const operand = (operator: string, value: unknown): string | null => {
    if (isScalar(value)) {
      if (typeof value === 'string' && value.length > MAX_WHERE_STRING) return 'value too long'
      // Payload splits a list operator's string at its commas, and a `like` at its spaces.
      const items = listOperators.has(operator) && typeof value === 'string' ? value.split(',') : []
      const words = operator === 'like' && typeof value === 'string' ? value.split(' ') : []
      return term(Math.max(words.length, 1)) ?? count(Math.max(items.length, 1))
    }
    if (Array.isArray(value)) {
      if (!listOperators.has(operator) && operator !== 'near') return `${operator} takes one value`
      if (!value.every(isScalar)) return `${operator} takes a list of values`
      if (value.some((item) => typeof item === 'string' && item.length > MAX_WHERE_STRING))
        return 'value too long'
      return term(1) ?? count(value.length)
    }
    if (geoOperators.has(operator) && operator !== 'near') {
      return JSON.stringify(value).length > MAX_GEO_JSON ? 'shape too large' : (term(1) ?? count(1))
    }
    return `${operator} takes a value, not an object`
  }

  const walk = (node: unknown, depth: number): string | null => {
    if (!isPlainObject(node)) return 'a condition must be an object'
    if (depth > MAX_WHERE_DEPTH) return `more than ${MAX_WHERE_DEPTH} levels of and/or`
    for (const [key, value] of Object.entries(node)) {
      if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
        if (!Array.isArray(value)) return `${key} takes a list of conditions`
        for (const child of value) {
          const problem = walk(child, depth + 1)
          if (problem) return problem
        }
      } else {
        if (!key) return 'a condition needs a field'
        const problem = condition(key, value)
        if (problem) return problem
      }
    }
    return null
  }

  return where === undefined || where === '' ? null : walk(where, 0)
}

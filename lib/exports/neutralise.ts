/**
 * OWASP's rule against CSV (formula) injection: a cell a spreadsheet would read as a formula
 * (`=`, `+`, `-`, `@`, or a tab or carriage return before one) is prefixed with a single quote,
 * which spreadsheets show as text. https://owasp.org/www-community/attacks/CSV_Injection
 */
const formulaStart = /^[=+\-@\t\r]/

export function neutraliseCell(value: unknown): unknown {
  return typeof value === 'string' && formulaStart.test(value) ? `'${value}` : value
}

export function neutraliseRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, neutraliseCell(value)]))
}

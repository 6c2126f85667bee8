/**
 * Fills `{name}` placeholders: the admin's messages live in messages/<locale>.json in ICU form,
 * and Payload's `t` only fills its own `{{name}}` form.
 */
export const fillMessage = (text: string, values: Record<string, string | number> = {}) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  )

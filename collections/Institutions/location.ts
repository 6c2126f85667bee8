import type { Field, NumberFieldSingleValidation } from 'payload'
import { number } from 'payload/shared'

/**
 * Where the member is drawn on the map. Optional: a position is entered once the member has
 * confirmed it (until then the map shades its country only). Half a position would put a dot
 * nowhere, so latitude and longitude are given together or not at all.
 */
const together =
  (other: 'lat' | 'lng'): NumberFieldSingleValidation =>
  (value, options) => {
    const otherValue = (options.siblingData as Record<string, unknown> | undefined)?.[other]
    const given = (v: unknown) => v !== null && v !== undefined && v !== ''
    if (given(value) !== given(otherValue))
      return options.req.t('heroes:locationIncomplete' as never)
    // Payload's own check (a number, within min and max), which a custom validate replaces.
    return number(value, options as never)
  }

export const locationField: Field = {
  name: 'location',
  type: 'group',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'lat', type: 'number', min: 34, max: 72, validate: together('lng') },
        { name: 'lng', type: 'number', min: -25, max: 45, validate: together('lat') },
      ],
    },
  ],
}

/**
 * Field limits, shared by the schema, the form's maxLength and the collection's validation. Apart
 * from the schema so the browser's form can read them without loading zod.
 */
export const limits = { name: 200, email: 254, organisation: 200, message: 5000 } as const

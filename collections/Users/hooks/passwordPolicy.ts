import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

export const MIN_PASSWORD_LENGTH = 12

/** Staff passwords are long: a length rule beats composition rules (NIST SP 800-63B). */
export const passwordPolicy: CollectionBeforeValidateHook = ({ data, req }) => {
  const password = (data as { password?: unknown } | undefined)?.password
  if (typeof password === 'string' && password.length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ path: 'password', message: req.t('heroes:passwordTooShort' as never) }],
    })
  }
  return data
}

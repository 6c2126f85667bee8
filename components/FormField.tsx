import type { ReactNode } from 'react'

export type ControlProps = {
  id: string
  name: string
  'aria-invalid'?: true
  'aria-describedby'?: string
}

/**
 * One labelled form control with its hint and error, wired for screen readers: the control is
 * described by both and marked invalid while the error shows.
 */
export function FormField({
  name,
  label,
  requiredLabel,
  hint,
  error,
  className = 'field',
  labelAfter = false,
  children,
}: {
  name: string
  label: ReactNode
  /** Shown after the label, e.g. "(required)"; absent for optional fields. */
  requiredLabel?: string
  hint?: ReactNode
  error?: string
  className?: string
  labelAfter?: boolean
  children: (control: ControlProps) => ReactNode
}) {
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean)
  const control = children({
    id: name,
    name,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy.join(' ') || undefined,
  })
  const labelElement = (
    <label htmlFor={name}>
      {label}
      {requiredLabel ? <span className="field__required"> ({requiredLabel})</span> : null}
    </label>
  )
  return (
    <div className={className}>
      {labelAfter ? control : labelElement}
      {labelAfter ? labelElement : control}
      {hint ? (
        <p id={`${name}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  )
}

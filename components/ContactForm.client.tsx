'use client'

import { type FormEvent, useActionState, useEffect, useRef, useState } from 'react'

import { sendContactMessage } from '@/app/(frontend)/[locale]/contact/actions'
import { submissionTopics } from '@/collections/FormSubmissions/topics'
import type { Locale } from '@/i18n/locales'
import { localizedPath } from '@/i18n/pathnames'
import { limits } from '@/lib/contact/limits'
import type { ContactField, FieldErrors } from '@/lib/contact/schema'
import type { ContactState } from '@/lib/contact/state'

import type { ContactStrings } from './contactStrings'
import { FormField } from './FormField'
import { nameLang } from './ProperName'

type Props = {
  locale: Locale
  institutions: { slug: string; name: string }[]
  strings: ContactStrings
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement

/**
 * What the browser can tell before sending, from the fields' own constraints (required,
 * maxLength, type="email"), as the schema's error keys. The server checks everything again with
 * the schema (lib/contact/schema.ts); zod stays there, out of the page's JavaScript.
 */
function constraintError(control: Control): string | undefined {
  const { validity, name } = control
  if (validity.valueMissing || (control.required && !control.value.trim())) return `${name}Required`
  if (name === 'email' && (validity.typeMismatch || validity.tooLong)) return 'emailInvalid'
  if (validity.tooLong) return `${name}TooLong`
  return undefined
}

function firstInvalid(form: HTMLFormElement, errors: FieldErrors): HTMLElement | undefined {
  return ([...form.elements] as Control[]).find((c) => errors[c.name as ContactField])
}

/**
 * The contact form. Without JavaScript it is a plain form post answered by the re-rendered page;
 * with it, the same action runs in place, after the browser's own checks. Whatever happens, what
 * the visitor typed stays in the form until it is stored. Its text comes formatted from the
 * server (contactStrings), so the page loads no message formatter.
 */
export function ContactForm({ locale, institutions, strings }: Props) {
  const t = (key: string) => strings.text[key] ?? key
  // The permalink is the form's `action` in the served HTML (React writes `action=""` without
  // one, which HTML does not allow): where a post sent before JavaScript runs goes.
  const [state, formAction, pending] = useActionState<ContactState, FormData>(
    sendContactMessage,
    {},
    localizedPath(locale, '/contact'),
  )
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const statusRef = useRef<HTMLDivElement>(null)
  const startedAt = useRef<HTMLInputElement>(null)
  const errors = clientErrors ?? state.errors ?? {}
  const values = state.values ?? {}

  useEffect(() => {
    if (startedAt.current && !startedAt.current.value) startedAt.current.value = String(Date.now())
  }, [])

  // After the server answers, move focus to the first wrong field, or to the status message.
  useEffect(() => {
    if (!state.attempt) return
    const first = formRef.current && firstInvalid(formRef.current, state.errors ?? {})
    if (first) first.focus()
    else statusRef.current?.focus()
  }, [state])

  function checkBeforeSending(event: FormEvent<HTMLFormElement>) {
    const found: FieldErrors = {}
    for (const control of [...event.currentTarget.elements] as Control[]) {
      const error = control.name ? constraintError(control) : undefined
      if (error) found[control.name as ContactField] = error
    }
    if (!Object.keys(found).length) {
      setClientErrors(null)
      return
    }
    event.preventDefault()
    setClientErrors(found)
    firstInvalid(event.currentTarget, found)?.focus()
  }

  if (state.result === 'sent') {
    return (
      <div className="form-status form-status--success" role="status" tabIndex={-1} ref={statusRef}>
        <h2>{t('sentTitle')}</h2>
        <p>{t('sentText')}</p>
        <a href={localizedPath(locale, '/contact')}>{t('sendAnother')}</a>
      </div>
    )
  }

  const errorCount = Object.keys(errors).length
  const problem = clientErrors ? 'invalid' : state.result
  const error = (field: ContactField) =>
    errors[field] ? (strings.errors[errors[field]] ?? errors[field]) : undefined

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={checkBeforeSending}
      noValidate
      className="contact-form"
      key={state.attempt}
    >
      <div ref={statusRef} tabIndex={-1} aria-live="polite">
        {problem ? (
          <p className="form-status form-status--error" role="alert">
            {problem === 'invalid'
              ? strings.invalid[Math.min(errorCount, strings.invalid.length) - 1]
              : t(problem)}
          </p>
        ) : null}
      </div>
      <fieldset>
        <legend>{t('legend')}</legend>
        <FormField
          name="name"
          label={t('name')}
          requiredLabel={t('required')}
          error={error('name')}
        >
          {(control) => (
            <input
              {...control}
              autoComplete="name"
              required
              maxLength={limits.name}
              defaultValue={values.name}
            />
          )}
        </FormField>
        <FormField
          name="email"
          label={t('email')}
          requiredLabel={t('required')}
          hint={t('emailHint')}
          error={error('email')}
        >
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="email"
              required
              maxLength={limits.email}
              defaultValue={values.email}
            />
          )}
        </FormField>
        <FormField name="organisation" label={t('organisation')} error={error('organisation')}>
          {(control) => (
            <input
              {...control}
              autoComplete="organization"
              maxLength={limits.organisation}
              defaultValue={values.organisation}
            />
          )}
        </FormField>
        <FormField
          name="topic"
          label={t('topic')}
          requiredLabel={t('required')}
          error={error('topic')}
        >
          {(control) => (
            <select {...control} required defaultValue={values.topic ?? ''}>
              <option value="" disabled>
                {t('topicPlaceholder')}
              </option>
              {submissionTopics.map((topic) => (
                <option key={topic} value={topic}>
                  {strings.topics[topic]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField name="institution" label={t('institution')} error={error('institution')}>
          {(control) => (
            <select {...control} defaultValue={values.institution ?? ''}>
              <option value="">{t('institutionNone')}</option>
              {institutions.map((i) => (
                <option key={i.slug} value={i.slug} lang={nameLang(locale)}>
                  {i.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          name="message"
          label={t('message')}
          requiredLabel={t('required')}
          hint={strings.messageHint}
          error={error('message')}
        >
          {(control) => (
            <textarea
              {...control}
              rows={8}
              required
              maxLength={limits.message}
              defaultValue={values.message}
            />
          )}
        </FormField>
        <FormField
          name="consent"
          className="field field--checkbox"
          labelAfter
          label={strings.consent}
          hint={strings.retention}
          error={error('consent')}
        >
          {(control) => (
            <input {...control} type="checkbox" required defaultChecked={values.consent === 'on'} />
          )}
        </FormField>
        <div className="field--trap">
          <label htmlFor="website">{t('honeypot')}</label>
          <input id="website" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <input type="hidden" name="startedAt" ref={startedAt} defaultValue="" />
        <input type="hidden" name="locale" value={locale} />
      </fieldset>
      <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
        {pending ? t('sending') : t('submit')}
      </button>
    </form>
  )
}

'use client'

import { useTranslations } from 'next-intl'
import { type FormEvent, useActionState, useEffect, useRef, useState } from 'react'

import { sendContactMessage } from '@/app/(frontend)/[locale]/contact/actions'
import { type ContactField, type FieldErrors, limits, validateContact } from '@/lib/contact/schema'
import type { ContactState } from '@/lib/contact/state'
import { submissionTopics } from '@/collections/FormSubmissions/topics'

type Props = {
  locale: string
  institutions: { slug: string; name: string }[]
  retentionDays: number
  privacyHref: string
}

const fieldOrder: ContactField[] = [
  'name',
  'email',
  'organisation',
  'topic',
  'institution',
  'message',
  'consent',
]

/**
 * The contact form. Without JavaScript it is a plain form post answered by the re-rendered page;
 * with it, the same action runs in place, after the same checks in the browser. Whatever
 * happens, what the visitor typed stays in the form until it is stored.
 */
export function ContactForm({ locale, institutions, retentionDays, privacyHref }: Props) {
  const t = useTranslations('ContactForm')
  const [state, formAction, pending] = useActionState<ContactState, FormData>(
    sendContactMessage,
    {},
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
    const first = fieldOrder.find((f) => state.errors?.[f])
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus()
    else statusRef.current?.focus()
  }, [state])

  function checkBeforeSending(event: FormEvent<HTMLFormElement>) {
    const result = validateContact(Object.fromEntries(new FormData(event.currentTarget)))
    if (result.success) {
      setClientErrors(null)
      return
    }
    event.preventDefault()
    setClientErrors(result.errors)
    const first = fieldOrder.find((f) => result.errors[f])
    event.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus()
  }

  if (state.result === 'sent') {
    return (
      <div className="form-status form-status--success" role="status" tabIndex={-1} ref={statusRef}>
        <h2>{t('sentTitle')}</h2>
        <p>{t('sentText')}</p>
        <a href={`/${locale}/contact`}>{t('sendAnother')}</a>
      </div>
    )
  }

  const errorCount = Object.keys(errors).length
  const problem = clientErrors ? 'invalid' : state.result
  const describedBy = (field: ContactField, hint?: string) =>
    [hint, errors[field] ? `${field}-error` : undefined].filter(Boolean).join(' ') || undefined
  const fieldError = (field: ContactField) =>
    errors[field] ? (
      <p id={`${field}-error`} className="field__error">
        {t(`errors.${errors[field]}` as never)}
      </p>
    ) : null
  const invalid = (field: ContactField) => (errors[field] ? true : undefined)

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
            {problem === 'invalid' ? t('invalid', { count: errorCount }) : t(problem)}
          </p>
        ) : null}
      </div>
      <fieldset>
        <legend>{t('legend')}</legend>
        <div className="field">
          <label htmlFor="name">
            {t('name')} <span className="field__required">({t('required')})</span>
          </label>
          <input
            id="name"
            name="name"
            autoComplete="name"
            required
            maxLength={limits.name}
            defaultValue={values.name}
            aria-invalid={invalid('name')}
            aria-describedby={describedBy('name')}
          />
          {fieldError('name')}
        </div>
        <div className="field">
          <label htmlFor="email">
            {t('email')} <span className="field__required">({t('required')})</span>
          </label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            required
            maxLength={limits.email}
            defaultValue={values.email}
            aria-invalid={invalid('email')}
            aria-describedby={describedBy('email', 'email-hint')}
          />
          <p id="email-hint" className="field__hint">
            {t('emailHint')}
          </p>
          {fieldError('email')}
        </div>
        <div className="field">
          <label htmlFor="organisation">{t('organisation')}</label>
          <input
            id="organisation"
            name="organisation"
            autoComplete="organization"
            maxLength={limits.organisation}
            defaultValue={values.organisation}
            aria-invalid={invalid('organisation')}
            aria-describedby={describedBy('organisation')}
          />
          {fieldError('organisation')}
        </div>
        <div className="field">
          <label htmlFor="topic">
            {t('topic')} <span className="field__required">({t('required')})</span>
          </label>
          <select
            id="topic"
            name="topic"
            required
            defaultValue={values.topic ?? ''}
            aria-invalid={invalid('topic')}
            aria-describedby={describedBy('topic')}
          >
            <option value="" disabled>
              {t('topicPlaceholder')}
            </option>
            {submissionTopics.map((topic) => (
              <option key={topic} value={topic}>
                {t(`topics.${topic}`)}
              </option>
            ))}
          </select>
          {fieldError('topic')}
        </div>
        <div className="field">
          <label htmlFor="institution">{t('institution')}</label>
          <select
            id="institution"
            name="institution"
            defaultValue={values.institution ?? ''}
            aria-invalid={invalid('institution')}
            aria-describedby={describedBy('institution')}
          >
            <option value="">{t('institutionNone')}</option>
            {institutions.map((i) => (
              <option key={i.slug} value={i.slug}>
                {i.name}
              </option>
            ))}
          </select>
          {fieldError('institution')}
        </div>
        <div className="field">
          <label htmlFor="message">
            {t('message')} <span className="field__required">({t('required')})</span>
          </label>
          <textarea
            id="message"
            name="message"
            rows={8}
            required
            maxLength={limits.message}
            defaultValue={values.message}
            aria-invalid={invalid('message')}
            aria-describedby={describedBy('message', 'message-hint')}
          />
          <p id="message-hint" className="field__hint">
            {t('messageHint', { max: limits.message })}
          </p>
          {fieldError('message')}
        </div>
        <div className="field field--checkbox">
          <input
            id="consent"
            name="consent"
            type="checkbox"
            required
            defaultChecked={values.consent === 'on'}
            aria-invalid={invalid('consent')}
            aria-describedby={describedBy('consent', 'retention')}
          />
          <label htmlFor="consent">
            {t.rich('consent', { privacy: (chunks) => <a href={privacyHref}>{chunks}</a> })}
          </label>
          <p id="retention" className="field__hint">
            {t('retention', { days: retentionDays })}
          </p>
          {fieldError('consent')}
        </div>
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

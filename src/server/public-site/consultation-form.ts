import { ENQUIRY_LIMITS } from '../../contracts/enquiries.contracts.js';
import { nameMidSentence } from '../../domain/practice/placeholder-names.js';
import type { StoredPracticeSettings } from '../practice/index.js';
import { html, type SafeHtml } from './html.js';

export type FormValues = Partial<Record<string, string>>;
export type FormErrors = Partial<Record<string, string>>;

const FIELD_ORDER = ['name', 'email', 'phone', 'preferredContact', 'reason', 'preferredTimes', 'heardAbout', 'consent'];
const FIELD_LABELS: Record<string, string> = {
  name: 'Your name',
  email: 'Email address',
  phone: 'Phone number',
  preferredContact: 'How you would like to be contacted',
  reason: 'What brings you',
  preferredTimes: 'Days and times that suit you',
  heardAbout: 'How you heard about the practice',
  consent: 'Permission to contact you',
};

function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1) + (/[.?!]$/.test(message) ? '' : '.');
}

function errorFor(errors: FormErrors, field: string): SafeHtml | '' {
  const message = errors[field];
  return message
    ? html`<p class="field__error" id="${field}-error"><span class="visually-hidden">Error: </span>${sentence(message)}</p>`
    : '';
}

function describedBy(errors: FormErrors, field: string, hint: boolean): SafeHtml | '' {
  const ids = [hint ? `${field}-hint` : '', errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ');
  return ids ? html` aria-describedby="${ids}"` : '';
}

function invalid(errors: FormErrors, field: string): SafeHtml | '' {
  return errors[field] ? html` aria-invalid="true"` : '';
}

/**
 * Shown at the top of the page, above the heading, so it is the first thing seen after sending: the form
 * itself sits below the page's introduction. Each link jumps to its field.
 */
export function renderErrorSummary(errors: FormErrors, notice: string | undefined): SafeHtml | '' {
  const fields = FIELD_ORDER.filter((field) => errors[field]);
  if (fields.length === 0 && !notice) return '';
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title">
  <h2 id="error-summary-title">${notice ? 'We could not send your request' : 'Please check a few things'}</h2>
  ${notice ? html`<p>${notice}</p>` : html`<p>Nothing you typed has been lost. Please look at:</p>`}
  ${fields.length > 0 ? html`<ul>${fields.map((field) => html`<li><a href="#${field === 'preferredContact' ? 'preferredContact-email' : field}">${FIELD_LABELS[field]}: ${errors[field]}</a></li>`)}</ul>` : ''}
</div>`;
}

function textField(
  field: string,
  values: FormValues,
  errors: FormErrors,
  options: { type?: string; autocomplete: string; hint?: string; required?: boolean; inputmode?: string },
): SafeHtml {
  return html`<div class="field${errors[field] ? ' field--error' : ''}">
  <label for="${field}">${FIELD_LABELS[field]}${options.required ? '' : html` <span class="field__optional">(optional)</span>`}</label>
  ${options.hint ? html`<p class="field__hint" id="${field}-hint">${options.hint}</p>` : ''}
  ${errorFor(errors, field)}
  <input id="${field}" name="${field}" type="${options.type ?? 'text'}" autocomplete="${options.autocomplete}"${options.inputmode ? html` inputmode="${options.inputmode}"` : ''} value="${values[field] ?? ''}"${options.required ? html` required aria-required="true"` : ''}${invalid(errors, field)}${describedBy(errors, field, Boolean(options.hint))}>
</div>`;
}

function textArea(
  field: string,
  values: FormValues,
  errors: FormErrors,
  options: { hint: string; maxLength: number; rows: number },
): SafeHtml {
  return html`<div class="field${errors[field] ? ' field--error' : ''}">
  <label for="${field}">${FIELD_LABELS[field]} <span class="field__optional">(optional)</span></label>
  <p class="field__hint" id="${field}-hint">${options.hint}</p>
  ${errorFor(errors, field)}
  <textarea id="${field}" name="${field}" rows="${options.rows}" maxlength="${options.maxLength}"${invalid(errors, field)}${describedBy(errors, field, true)}>${values[field] ?? ''}</textarea>
</div>`;
}

/** The request form: plain HTML that works without JavaScript, every control labelled, errors beside each field. */
export function renderConsultationForm(practice: StoredPracticeSettings, values: FormValues, errors: FormErrors): SafeHtml {
  const contact = values.preferredContact;
  return html`<form class="consultation-form" method="post" action="/begin" novalidate>
  ${textField('name', values, errors, { autocomplete: 'name', required: true, hint: 'The name you would like us to use.' })}
  <fieldset class="field-group">
    <legend>How to reach you</legend>
    <p class="field__hint">Please give at least one. Only the practice sees these details.</p>
    ${textField('email', values, errors, { type: 'email', autocomplete: 'email' })}
    ${textField('phone', values, errors, { type: 'tel', autocomplete: 'tel', inputmode: 'tel' })}
  </fieldset>
  <fieldset class="field${errors.preferredContact ? ' field--error' : ''}"${errors.preferredContact ? html` aria-describedby="preferredContact-error"` : ''}>
    <legend>${FIELD_LABELS.preferredContact}</legend>
    <p class="field__hint" id="preferredContact-hint">If you gave only one way to reach you, we will use that one.</p>
    ${errorFor(errors, 'preferredContact')}
    <div class="choice"><input type="radio" id="preferredContact-email" name="preferredContact" value="email"${contact === 'email' ? html` checked` : ''}><label for="preferredContact-email">By email</label></div>
    <div class="choice"><input type="radio" id="preferredContact-phone" name="preferredContact" value="phone"${contact === 'phone' ? html` checked` : ''}><label for="preferredContact-phone">By phone</label></div>
  </fieldset>
  ${textArea('reason', values, errors, {
    rows: 6,
    maxLength: ENQUIRY_LIMITS.reason,
    hint: `A sentence or two is enough — share only what feels comfortable. Up to ${ENQUIRY_LIMITS.reason} characters.`,
  })}
  ${textArea('preferredTimes', values, errors, { rows: 3, maxLength: ENQUIRY_LIMITS.preferredTimes, hint: 'For example: weekday mornings, or Tuesday after 4pm.' })}
  ${textField('heardAbout', values, errors, { autocomplete: 'off', hint: 'For example: a friend, another therapist, a search.' })}
  <div class="hp" aria-hidden="true">
    <label for="website">Leave this field empty</label>
    <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" value="">
  </div>
  <div class="field${errors.consent ? ' field--error' : ''}">
    ${errorFor(errors, 'consent')}
    <div class="choice choice--consent">
      <input type="checkbox" id="consent" name="consent" value="on"${values.consent ? html` checked` : ''} required aria-required="true"${invalid(errors, 'consent')}${errors.consent ? html` aria-describedby="consent-error"` : ''}>
      <label for="consent">I agree that ${nameMidSentence(practice.practiceName)} may contact me about this request, by the method I chose.</label>
    </div>
  </div>
  <button class="button button--primary button--large" type="submit">Send my request</button>
</form>`;
}

import type { ComponentChildren } from 'preact';
import type { ApiError } from '../api/errors';

export { fieldError } from '../api/errors';

interface InputProps {
  id: string;
  name: string;
  type?: 'text' | 'email' | 'password' | 'number' | 'search';
  autocomplete?: string;
  required?: boolean;
  maxLength?: number;
  inputMode?: 'numeric' | 'text' | 'email';
  /** Bounds and step of a number input (also what assistive technology announces). */
  min?: number;
  max?: number;
  step?: number;
  /** Initial value; the input is uncontrolled, so a re-render never undoes typing. */
  defaultValue?: string;
  /** id of a datalist of suggestions. */
  list?: string;
  label: string;
  hint?: ComponentChildren;
  /** The API's message for this field, shown under it and announced with it. */
  error?: string;
}

/** A labelled input with its hint and its error, wired with aria-describedby and aria-invalid. */
export function TextField({ id, label, hint, error, ...input }: InputProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      {/* Preact's input typings tie `list` to particular `type`s; the props above are the ones used. */}
      <input id={id} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy} {...(input as Record<string, unknown>)} />
      {hint && (
        <p id={`${id}-hint`} class="hint-text">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * After a failed submit: focus the field the API named (so the user lands on what to fix), or
 * the error notice when no field is at fault.
 */
export function focusError(form: HTMLFormElement | null, error: ApiError, fieldIds: Record<string, string>): void {
  requestAnimationFrame(() => {
    const id = error.details.field ? fieldIds[error.details.field] : undefined;
    const target = (id && form?.querySelector<HTMLElement>(`#${id}`)) || form?.querySelector<HTMLElement>('[role=alert]');
    if (target) {
      if (!target.matches('input, select, textarea, button')) target.tabIndex = -1;
      target.focus();
    }
  });
}

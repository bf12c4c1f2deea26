import { ApiError, errorAdvice, errorTitle, messageForField } from '../api/errors';

/**
 * An error as a person reads it: a headline for its code, the API's own message, the field at
 * fault (extensions.field), the code itself (extensions.code, to quote when asking for help) and
 * what to do. Announced to screen readers (role=alert). `retriesItself`: the screen repeats the
 * request once the API answers again (useQuery does), so the advice may promise it.
 */
export function ErrorNotice({ error, onRetry, id, retriesItself }: { error: ApiError; onRetry?: () => void; id?: string; retriesItself?: boolean }) {
  const advice = errorAdvice(error, retriesItself);
  return (
    <div class="notice notice-error" role="alert" id={id} data-code={error.code}>
      <p class="notice-title">{errorTitle(error)}</p>
      {/* The field shows on its own line: the message without its "field: " prefix. */}
      <p class="notice-message">{error.details.field ? messageForField(error, error.details.field) : error.message}</p>
      {error.details.field && (
        <p class="notice-field">
          Field: <code>{error.details.field}</code>
        </p>
      )}
      <p class="notice-code">
        Code: <code>{error.code}</code>
      </p>
      {error.details.problems && error.details.problems.length > 1 && (
        <ul class="notice-problems">
          {error.details.problems.map((p) => (
            <li key={p.field + p.message}>
              <code>{p.field}</code>: {p.message}
            </li>
          ))}
        </ul>
      )}
      {advice && <p class="notice-advice">{advice}</p>}
      {onRetry && (
        <button type="button" class="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

import { useState } from 'preact/hooks';
import { checkNow, connection, connectionSummary } from '../api/connection';
import { useStore } from '../lib/store';

/** The header's connection light: always visible, with words (not colour alone). */
export function ConnectionIndicator() {
  const state = useStore(connection);
  const { level, label } = connectionSummary(state);
  return (
    <p class={`connection connection-${level}`} data-connection={level} title={label}>
      <span class="connection-dot" aria-hidden="true" />
      <span class="connection-label">{label}</span>
    </p>
  );
}

/** A banner while the API cannot be reached or live updates are reconnecting; announced once. */
export function ConnectionBanner() {
  const state = useStore(connection);
  const { level, label } = connectionSummary(state);
  const [checking, setChecking] = useState(false);
  return (
    <div class="connection-banner-region" aria-live="polite">
      {level !== 'ok' && (
        <div class={`connection-banner connection-banner-${level}`} data-testid="connection-banner">
          <p>
            <strong>{label}.</strong>{' '}
            {level === 'down'
              ? 'What you see may be out of date and nothing can be saved until the connection is back. Prepstack keeps trying by itself.'
              : 'Live updates pause until the connection is back; nothing is lost.'}
          </p>
          {level === 'down' && (
            <button
              type="button"
              class="button"
              disabled={checking}
              onClick={async () => {
                setChecking(true);
                await checkNow();
                setChecking(false);
              }}
            >
              {checking ? 'Checking…' : 'Retry now'}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { authorizedFetch } from '../../api/client';
import { ApiError, toApiError } from '../../api/errors';
import { ErrorNotice } from '../../components/error-notice';
import { Page } from '../../components/page';
import { filenameFromDisposition, formatBytes, saveBlob } from '../../lib/download';

/** The two files the API offers (libs/progress/src/export/export.controller.ts). */
const FILES = {
  json: { path: '/export/me.json', label: 'Download everything (JSON)', fallbackName: 'prepstack-export.json' },
  csv: { path: '/export/attempts.csv', label: 'Download attempts (CSV)', fallbackName: 'prepstack-attempts.csv' },
} as const;

type FileKind = keyof typeof FILES;

/**
 * Fetches one export as the signed-in user and hands it to the browser as a download, named as
 * the API's Content-Disposition says (or `fallbackName`).
 *
 * @returns the file's name and size in bytes
 * @throws ApiError from the API (see authorizedFetch); NETWORK when the body broke off midway
 */
export async function downloadExport(path: string, fallbackName: string, signal?: AbortSignal): Promise<{ filename: string; size: number }> {
  const res = await authorizedFetch(path, { signal });
  let blob: Blob;
  try {
    blob = await res.blob();
  } catch (error) {
    if (signal?.aborted) throw error;
    // The API cuts the connection when an export fails after it started: never save half a file.
    throw new ApiError('The download broke off before it finished.', 'NETWORK');
  }
  const filename = filenameFromDisposition(res.headers.get('content-disposition')) ?? fallbackName;
  saveBlob(blob, filename);
  return { filename, size: blob.size };
}

/**
 * One download's button with its own outcome beneath it: busy while the file is prepared
 * (disabled, "Preparing…", aria-busy), then a polite status line with the file's name and size,
 * or the error with a way to try again.
 */
function DownloadButton({ kind, primary = false }: { kind: FileKind; primary?: boolean }) {
  const file = FILES[kind];
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const controller = useRef<AbortController | null>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const download = async () => {
    if (controller.current) return;
    const current = new AbortController();
    controller.current = current;
    setBusy(true);
    setDone(null);
    setError(null);
    try {
      const { filename, size } = await downloadExport(file.path, file.fallbackName, current.signal);
      if (!current.signal.aborted) setDone(`Downloaded ${filename}, ${formatBytes(size)}`);
    } catch (e) {
      if (!current.signal.aborted) setError(toApiError(e));
    } finally {
      if (!current.signal.aborted) {
        controller.current = null;
        setBusy(false);
        // A disabled button loses focus; give it back so the keyboard carries on from here.
        requestAnimationFrame(() => {
          if (!document.activeElement || document.activeElement === document.body) button.current?.focus();
        });
      }
    }
  };

  return (
    <>
      <p>
        <button
          type="button"
          ref={button}
          class={primary ? 'button button-primary' : 'button'}
          disabled={busy}
          aria-busy={busy ? 'true' : 'false'}
          onClick={() => void download()}
        >
          {busy && <span class="spinner" aria-hidden="true" />}
          {busy ? 'Preparing…' : file.label}
        </button>
      </p>
      <p role="status" aria-live="polite" data-testid={`export-${kind}-status`}>
        {done && <span class="saved">{done}</span>}
      </p>
      {error && <ErrorNotice error={error} onRetry={() => void download()} />}
    </>
  );
}

/** Downloads of everything the user holds (JSON) and of their attempts (CSV), each with what it contains. */
export function ExportPage() {
  return (
    <Page title="Export your data">
      <p class="lead">Your data is yours: download a copy of it whenever you like, to keep, to read, or to take elsewhere.</p>
      <div class="cards">
        <section class="card" aria-labelledby="export-json-title" data-testid="export-json">
          <h2 id="export-json-title">Everything, as JSON</h2>
          <p>One JSON document with everything you created here:</p>
          <ul>
            <li>your profile (email, display name, target stack and level, time zone, daily goal; never your password) and review settings;</li>
            <li>every attempt: answer, language, hints revealed, self-assessment, score and rating, and for mock interviews the scorecard and feedback you received;</li>
            <li>review cards and the review log, your notes on prompts, and your practice sets;</li>
            <li>the mock interviews you took part in, with what you wrote there (chat, notes, scorecards you gave, drafts).</li>
          </ul>
          <p class="muted">Other people's messages, names and attempts are left out. Text stays exactly as you wrote it.</p>
          <DownloadButton kind="json" primary />
        </section>
        <section class="card" aria-labelledby="export-csv-title" data-testid="export-csv">
          <h2 id="export-csv-title">Attempts, as CSV</h2>
          <p>
            One row per attempt, oldest first, for a spreadsheet: the prompt (id, slug, title) and its kind, mode, status, when the attempt started and was
            submitted or abandoned, duration, score, rating, hints used, language, answer, feedback, and the mock interview or practice set it belonged to.
          </p>
          <p class="muted">
            Times are UTC (ISO 8601), durations in milliseconds. A text cell that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
            carriage return) gets a leading apostrophe; the JSON file keeps the text as written.
          </p>
          <DownloadButton kind="csv" />
        </section>
      </div>
    </Page>
  );
}

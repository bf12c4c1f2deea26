import { useRef, useState } from 'preact/hooks';
import { request } from '../../api/client';
import { type ApiError, toApiError } from '../../api/errors';
import { ErrorNotice } from '../../components/error-notice';
import { fieldError, focusError } from '../../components/form';
import { Loading } from '../../components/page';
import { dateTime } from '../../lib/labels';
import { useQuery } from '../../lib/use-query';
import { PromptNoteQuery, SetPromptNoteMutation } from './notes.operations';

const BODY_ID = 'prompt-note-body';
const FIELDS = { 'input.body': BODY_ID };

interface SavedNote {
  body: string;
  updatedAt: string;
}

/**
 * The signed-in user's private note on a prompt (Prompt.myNote), with a form to write it
 * (setPromptNote). Takes the prompt's id. Shows a loading line, then the form; a failed load
 * shows its error with a retry. Throws nothing: every error shows in an ErrorNotice. Render it
 * for signed-in users only: a visitor has no note.
 */
export function PromptNote({ promptId }: { promptId: string }) {
  const { data, error, reload } = useQuery(PromptNoteQuery, { id: promptId }, promptId);
  const prompt = data?.prompt.id === promptId ? data.prompt : undefined;
  return (
    <section aria-labelledby="prompt-note-heading" class="prompt-note">
      <h2 id="prompt-note-heading">Notes</h2>
      {prompt ? (
        <NoteForm key={promptId} promptId={promptId} note={prompt.myNote} />
      ) : error ? (
        <ErrorNotice error={error} onRetry={reload} retriesItself />
      ) : (
        <Loading label="Loading your note…" />
      )}
    </section>
  );
}

/**
 * The note's textarea, Save and a status line. A multi-line field, so only the button saves;
 * a blank note is deleted by the API. An error about the body shows on the textarea, which then
 * takes focus (as every form here does); any other error shows in a notice.
 */
function NoteForm({ promptId, note }: { promptId: string; note: SavedNote | null }) {
  const [text, setText] = useState(note?.body ?? '');
  const [saved, setSaved] = useState<SavedNote | null>(note);
  // What the last save did when it left no note: deleted one, or had nothing to keep.
  const [outcome, setOutcome] = useState<'deleted' | 'empty' | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const form = useRef<HTMLFormElement>(null);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const body = text;
    setBusy(true);
    setError(null);
    try {
      const data = await request(SetPromptNoteMutation, { input: { promptId, body } });
      const next = data.setPromptNote;
      setOutcome(next ? null : saved ? 'deleted' : 'empty');
      setSaved(next);
      // Only spaces were sent: nothing is kept, so the field shows that.
      if (!next) setText((current) => (current === body ? '' : current));
    } catch (e) {
      const apiError = toApiError(e);
      setError(apiError);
      focusError(form.current, apiError, FIELDS);
    } finally {
      setBusy(false);
    }
  };

  const clean = text === (saved?.body ?? '');
  let status = '';
  if (!clean) status = saved && !text.trim() ? 'Unsaved changes: saving an empty note deletes it.' : 'Unsaved changes.';
  else if (saved) status = `Saved ${dateTime(saved.updatedAt)}.`;
  else if (outcome === 'deleted') status = 'Note deleted.';
  else if (outcome === 'empty') status = 'Nothing saved: the note is empty.';

  const bodyError = fieldError(error, 'input.body');
  const describedBy = [`${BODY_ID}-hint`, bodyError ? `${BODY_ID}-error` : ''].filter(Boolean).join(' ');
  return (
    <form ref={form} class="stack-form" onSubmit={submit} noValidate>
      {error && !bodyError && <ErrorNotice error={error} />}
      <div class={`field${bodyError ? ' field-invalid' : ''}`}>
        <label for={BODY_ID}>Your note</label>
        <textarea
          id={BODY_ID}
          name="body"
          rows={6}
          value={text}
          aria-invalid={bodyError ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <p id={`${BODY_ID}-hint`} class="hint-text">
          Only you see this note. Markdown is allowed, up to 16 KiB. Save it empty to delete it.
        </p>
        {bodyError && (
          <p id={`${BODY_ID}-error`} class="field-error">
            {bodyError}
          </p>
        )}
      </div>
      <button type="submit" class="button button-primary" disabled={busy}>
        {busy ? 'Saving…' : 'Save'}
      </button>
      <p role="status" aria-live="polite" class={clean ? 'saved' : 'hint-text'} data-testid="prompt-note-status">
        {status}
      </p>
    </form>
  );
}

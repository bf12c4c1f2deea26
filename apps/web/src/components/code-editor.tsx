import { useEffect, useRef, useState } from 'preact/hooks';
import type { EditorHandle } from '../editor/codemirror';

export interface CodeEditorProps {
  /** The text to show; applied when the editor mounts and whenever `revision` changes. */
  value: string;
  /**
   * Changes when `value` should replace what the editor holds (another language, a reset). The
   * editor's own edits only flow out through onChange: echoing them back in as `value` would
   * fight the user's typing.
   */
  revision: string;
  /** StarterCode.language: javascript, typescript, python, java, go, csharp. */
  language: string;
  /** Accessible name, e.g. "Starter code (Python)". */
  label: string;
  readOnly?: boolean;
  onChange?(value: string): void;
}

let instances = 0;

/** CodeMirror 6, loaded on first use (its own chunk); the code shows as plain text until then. */
export function CodeEditor({ value, revision, language, label, readOnly, onChange }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const handle = useRef<EditorHandle | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;
  const [ready, setReady] = useState(false);
  const [helpId] = useState(() => `editor-help-${++instances}`);

  useEffect(() => {
    let cancelled = false;
    void import('../editor/codemirror')
      .then(({ mountEditor }) =>
        mountEditor(host.current!, { doc: value, language, label, readOnly, describedBy: helpId, onChange: (doc) => changed.current?.(doc) }),
      )
      .then((editor) => {
        if (cancelled) return editor.destroy();
        handle.current = editor;
        setReady(true);
      });
    return () => {
      cancelled = true;
      handle.current?.destroy();
      handle.current = null;
    };
  }, []);

  useEffect(() => {
    if (handle.current && handle.current.getDoc() !== value) handle.current.setDoc(value);
  }, [revision, ready]);

  useEffect(() => {
    if (ready) void handle.current?.setLanguage(language, label);
  }, [language, label, ready]);

  return (
    <div class="code-editor" data-ready={ready ? 'true' : 'false'} data-language={language}>
      <div ref={host} />
      {!ready && (
        <pre class="code-fallback" aria-label={label}>
          <code>{value}</code>
        </pre>
      )}
      <p id={helpId} class="hint-text">
        {readOnly ? 'Read only.' : 'Tab indents. To leave the editor with the keyboard, press Escape, then Tab.'}
      </p>
    </div>
  );
}

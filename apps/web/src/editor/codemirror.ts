import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { Compartment, EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { languageSupport } from './languages';

export interface EditorOptions {
  doc: string;
  language: string;
  /** Accessible name of the editing area, e.g. "Starter code (Python)". */
  label: string;
  /** id of an element describing the editor (how to leave it with the keyboard). */
  describedBy?: string;
  readOnly?: boolean;
  onChange?(doc: string): void;
}

export interface EditorHandle {
  setDoc(doc: string): void;
  setLanguage(language: string, label: string): Promise<void>;
  getDoc(): string;
  focus(): void;
  destroy(): void;
}

const theme = EditorView.theme({
  '&': { fontSize: '0.9rem', border: '1px solid var(--border)', borderRadius: '6px', backgroundColor: 'var(--code-bg)' },
  '&.cm-focused': { outline: '3px solid var(--focus)', outlineOffset: '1px' },
  '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '1.5', minHeight: '10rem', maxHeight: '32rem' },
  '.cm-gutters': { backgroundColor: 'var(--code-gutter)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'var(--code-active)' },
});

/**
 * A CodeMirror 6 editor with a small, keyboard-friendly setup: line numbers, history, bracket
 * matching and closing, syntax highlighting. Tab indents; Escape then Tab moves focus on
 * (CodeMirror's tab-focus mode), which the page tells the user.
 */
export async function mountEditor(parent: HTMLElement, options: EditorOptions): Promise<EditorHandle> {
  const language = new Compartment();
  const attributes = new Compartment();
  const contentAttributes = (label: string) =>
    EditorView.contentAttributes.of({ 'aria-label': label, ...(options.describedBy ? { 'aria-describedby': options.describedBy } : {}) });
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        indentUnit.of('    '),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
        EditorState.readOnly.of(options.readOnly ?? false),
        EditorView.editable.of(!options.readOnly),
        EditorView.lineWrapping,
        theme,
        attributes.of(contentAttributes(options.label)),
        language.of(await languageSupport(options.language)),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange?.(update.state.doc.toString());
        }),
      ],
    }),
  });
  view.dom.dataset.language = options.language;
  return {
    setDoc(doc) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: doc } });
    },
    async setLanguage(next, label) {
      const support = await languageSupport(next);
      view.dispatch({ effects: [language.reconfigure(support), attributes.reconfigure(contentAttributes(label))] });
      view.dom.dataset.language = next;
    },
    getDoc: () => view.state.doc.toString(),
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}

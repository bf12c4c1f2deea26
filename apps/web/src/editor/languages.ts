import type { Extension } from '@codemirror/state';

/**
 * Syntax support per StarterCode.language, each loaded on first use (a chunk of its own in the
 * build, served by the API like every other asset). C# has no Lezer grammar among CodeMirror's
 * packages, so it uses the legacy C-like mode, which highlights it well.
 */
const LOADERS: Record<string, () => Promise<Extension>> = {
  javascript: async () => (await import('@codemirror/lang-javascript')).javascript(),
  typescript: async () => (await import('@codemirror/lang-javascript')).javascript({ typescript: true }),
  python: async () => (await import('@codemirror/lang-python')).python(),
  java: async () => (await import('@codemirror/lang-java')).java(),
  go: async () => (await import('@codemirror/lang-go')).go(),
  csharp: async () => {
    const [{ StreamLanguage }, { csharp }] = await Promise.all([import('@codemirror/language'), import('@codemirror/legacy-modes/mode/clike')]);
    return StreamLanguage.define(csharp);
  },
};

/** Languages with highlighting; others show as plain text. */
export const HIGHLIGHTED_LANGUAGES = Object.keys(LOADERS);

/** The syntax extension for a language, or none for one we do not know. */
export async function languageSupport(language: string): Promise<Extension> {
  return (await LOADERS[language]?.()) ?? [];
}

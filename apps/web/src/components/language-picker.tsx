import { LANGUAGE_LABEL } from '../lib/labels';

/** Radio buttons choosing a code language (StarterCode.language), arrow keys move between them. */
export function LanguagePicker({ languages, value, onChange, name = 'language', legend = 'Language' }: {
  languages: string[];
  value: string;
  onChange(language: string): void;
  name?: string;
  legend?: string;
}) {
  return (
    <fieldset class="segmented">
      <legend>{legend}</legend>
      {languages.map((l) => (
        <label key={l} class={l === value ? 'selected' : ''}>
          <input type="radio" name={name} value={l} checked={l === value} onChange={() => onChange(l)} />
          {LANGUAGE_LABEL[l] ?? l}
        </label>
      ))}
    </fieldset>
  );
}

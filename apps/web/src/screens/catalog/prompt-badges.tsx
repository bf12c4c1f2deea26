import type { Difficulty, Level, PromptKind } from '../../gql/graphql';
import { DIFFICULTY_LABEL, KIND_LABEL, LEVEL_LABEL } from '../../lib/labels';

/** Kind, level, difficulty and suggested time of a prompt, as small labelled badges. */
export function PromptBadges({ kind, level, difficulty, minutes }: { kind: PromptKind; level: Level; difficulty: Difficulty; minutes: number }) {
  return (
    <ul class="badges" aria-label="About this prompt">
      <li class={`badge badge-kind-${kind.toLowerCase()}`}>{KIND_LABEL[kind]}</li>
      <li class="badge">
        <span class="visually-hidden">Level: </span>
        {LEVEL_LABEL[level]}
      </li>
      <li class={`badge badge-difficulty-${difficulty.toLowerCase()}`}>
        <span class="visually-hidden">Difficulty: </span>
        {DIFFICULTY_LABEL[difficulty]}
      </li>
      <li class="badge badge-quiet">{minutes} min</li>
    </ul>
  );
}

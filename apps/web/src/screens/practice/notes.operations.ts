import { graphql } from '../../gql';

/** The signed-in user's note on one prompt (null when there is none, or for a visitor). */
export const PromptNoteQuery = graphql(`
  query PromptNote($id: ID!) {
    prompt(id: $id) {
      id
      myNote { body updatedAt }
    }
  }
`);

/** Writes the note; a blank body deletes it and the answer is null. */
export const SetPromptNoteMutation = graphql(`
  mutation SetPromptNote($input: SetPromptNoteInput!) {
    setPromptNote(input: $input) { body updatedAt }
  }
`);

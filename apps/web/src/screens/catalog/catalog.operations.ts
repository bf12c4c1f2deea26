import { graphql } from '../../gql';

/** Stacks and topics for the catalog's filters, with how many prompts each has. */
export const CatalogFacetsQuery = graphql(`
  query CatalogFacets {
    stacks { id title promptCount frameworks }
    topics { id area areaTitle title promptCount }
  }
`);

/** One page of prompts matching the filter (Relay forward paging: first/after). */
export const CatalogPromptsQuery = graphql(`
  query CatalogPrompts($filter: PromptFilter, $first: Int!, $after: String) {
    prompts(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          slug
          title
          kind
          level
          difficulty
          suggestedMinutes
          stacks
          tags
          topics { id title }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/**
 * What a candidate reads of a prompt (its text and the details of its kind), wherever it shows:
 * the prompt page, practice, a mock interview. No answers: those come with an attempt.
 */
export const PromptTextFragment = graphql(`
  fragment PromptText on Prompt {
    body
    dsa {
      harness
      functionName
      className
      params { name type }
      returns
      methods { name returns params { name type } }
      compare
      examples { input output explanation }
      hiddenTestCount
      starterCode { language code }
    }
    design {
      functionalRequirements
      nonFunctionalRequirements
      scale { label value }
    }
    behavioural {
      competency
      star { situation task action result }
    }
  }
`);

/** Everything a candidate may see of a prompt before an attempt. */
export const PromptDetailQuery = graphql(`
  query PromptDetail($slug: String!) {
    prompt(slug: $slug) {
      id
      slug
      title
      kind
      level
      difficulty
      suggestedMinutes
      stacks
      tags
      hintCount
      revision
      topics { id title areaTitle }
      rubric { id title weight }
      ...PromptText
    }
  }
`);

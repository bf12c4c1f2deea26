import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

@ObjectType('RubricLevel', { description: 'What a score of a rubric criterion looks like.' })
export class RubricLevelModel {
  @Field(() => Int, { description: '1..3' })
  score: number;

  @Field(() => String)
  description: string;
}

@ObjectType('RubricCriterionLevels', { description: 'A rubric criterion with what each score looks like (visible after an attempt).' })
export class RubricCriterionLevelsModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => Int, { description: 'Weight in percent; the weights of a rubric add up to 100.' })
  weight: number;

  @Field(() => [RubricLevelModel], { description: 'Scores 1, 2 and 3; 0 means not addressed.' })
  levels: RubricLevelModel[];
}

@ObjectType('DsaTestCase', { description: 'A hidden test case of a DSA prompt (visible after an attempt).' })
export class DsaTestCaseModel {
  @Field(() => GraphQLJSON, { description: 'Arguments in signature order, as the content file encodes them.' })
  input: unknown;

  @Field(() => GraphQLJSON)
  output: unknown;

  @Field(() => String, { nullable: true })
  note: string | null;
}

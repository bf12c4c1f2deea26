import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Paginated } from '@prepstack/platform';
import { Difficulty, Level, PromptKind, Stack } from './enums';
import { TopicModel } from './topic.model';

@ObjectType('RubricCriterion', { description: 'One scored criterion; the detail of each score level shows after an attempt.' })
export class RubricCriterionModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => Int, { description: 'Weight in percent; the weights of a rubric add up to 100.' })
  weight: number;
}

@ObjectType('DsaParam')
export class DsaParamModel {
  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'Language-neutral type: int, int[], string, ListNode, TreeNode…' })
  type: string;
}

@ObjectType('DsaMethod')
export class DsaMethodModel {
  @Field(() => String)
  name: string;

  @Field(() => [DsaParamModel])
  params: DsaParamModel[];

  @Field(() => String)
  returns: string;
}

@ObjectType('StarterCode')
export class StarterCodeModel {
  @Field(() => String, { description: 'javascript, typescript, python, java, go or csharp' })
  language: string;

  @Field(() => String)
  code: string;
}

@ObjectType('DsaExample')
export class DsaExampleModel {
  @Field(() => GraphQLJSON, { description: 'Arguments in signature order.' })
  input: unknown;

  @Field(() => GraphQLJSON)
  output: unknown;

  @Field(() => String, { nullable: true })
  explanation?: string;
}

@ObjectType('DsaDetails', { description: 'What a DSA prompt shows before an attempt; hidden tests are not part of it.' })
export class DsaDetailsModel {
  @Field(() => String, { description: 'function or class' })
  harness: string;

  @Field(() => String, { nullable: true, description: 'Function to implement (harness: function).' })
  functionName?: string;

  @Field(() => String, { nullable: true, description: 'Class to implement (harness: class).' })
  className?: string;

  @Field(() => [DsaParamModel], { description: 'Function parameters, or the constructor parameters of a class.' })
  params: DsaParamModel[];

  @Field(() => String, { nullable: true })
  returns?: string;

  @Field(() => [DsaMethodModel])
  methods: DsaMethodModel[];

  @Field(() => String, { description: 'How results are compared: exact, unordered, unordered-deep or float.' })
  compare: string;

  @Field(() => [StarterCodeModel])
  starterCode: StarterCodeModel[];

  @Field(() => [DsaExampleModel])
  examples: DsaExampleModel[];

  @Field(() => Int, { description: 'Number of hidden test cases.' })
  hiddenTestCount: number;
}

@ObjectType('ScaleFigure')
export class ScaleFigureModel {
  @Field(() => String)
  label: string;

  @Field(() => String)
  value: string;
}

@ObjectType('DesignDetails')
export class DesignDetailsModel {
  @Field(() => [String])
  functionalRequirements: string[];

  @Field(() => [String])
  nonFunctionalRequirements: string[];

  @Field(() => [ScaleFigureModel])
  scale: ScaleFigureModel[];
}

@ObjectType('StarGuidance', { description: 'What each part of a STAR answer should cover for this question.' })
export class StarGuidanceModel {
  @Field(() => String)
  situation: string;

  @Field(() => String)
  task: string;

  @Field(() => String)
  action: string;

  @Field(() => String)
  result: string;
}

@ObjectType('BehaviouralDetails')
export class BehaviouralDetailsModel {
  @Field(() => String, { description: 'The competency assessed, e.g. incident or conflict.' })
  competency: string;

  @Field(() => StarGuidanceModel)
  star: StarGuidanceModel;
}

@ObjectType('Prompt', { description: 'A question of the bank, as a candidate sees it before answering.' })
export class PromptModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  slug: string;

  @Field(() => String)
  title: string;

  @Field(() => PromptKind)
  kind: PromptKind;

  @Field(() => Difficulty)
  difficulty: Difficulty;

  @Field(() => Level)
  level: Level;

  @Field(() => [Stack])
  stacks: Stack[];

  @Field(() => [TopicModel])
  topics: TopicModel[];

  @Field(() => [String])
  tags: string[];

  @Field(() => String, { description: 'The prompt in Markdown.' })
  body: string;

  @Field(() => Int, { description: 'Suggested time, in minutes.' })
  suggestedMinutes: number;

  @Field(() => Int, { description: 'Hints available; they are revealed one at a time during an attempt.' })
  hintCount: number;

  @Field(() => [RubricCriterionModel])
  rubric: RubricCriterionModel[];

  @Field(() => Int, { description: 'Content revision: 1 on first import, +1 per change.' })
  revision: number;

  @Field(() => String, { description: 'sha256 of the revision\'s source file.' })
  contentHash: string;

  @Field(() => DsaDetailsModel, { nullable: true })
  dsa: DsaDetailsModel | null;

  @Field(() => DesignDetailsModel, { nullable: true })
  design: DesignDetailsModel | null;

  @Field(() => BehaviouralDetailsModel, { nullable: true })
  behavioural: BehaviouralDetailsModel | null;
}

@ObjectType('PromptConnection')
export class PromptConnection extends Paginated(PromptModel) {}

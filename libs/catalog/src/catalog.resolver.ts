import { Args, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import { CatalogService } from './catalog.service';
import { PromptArgs, PromptsArgs } from './dto/prompts.args';
import { PromptConnection, PromptModel } from './models/prompt.model';
import { StackModel } from './models/stack.model';
import { TopicModel } from './models/topic.model';

@ArgsType()
class TopicsArgs {
  @Field(() => String, { nullable: true, description: 'Only the topics of this area, e.g. dsa.' })
  @IsOptional()
  @Matches(/^[a-z0-9-]+$/, { message: 'must be an area id like dsa' })
  area?: string;
}

/** Public reads of the catalog: stacks, topics and prompts. */
@Resolver()
export class CatalogResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Query(() => [StackModel], { description: 'The five stacks with their prompt counts.' })
  stacks(): Promise<StackModel[]> {
    return this.catalog.stacks();
  }

  @Query(() => [TopicModel], { description: 'The topic taxonomy in display order.' })
  topics(@Args() args: TopicsArgs): Promise<TopicModel[]> {
    return this.catalog.topics(args.area);
  }

  @Query(() => PromptConnection, { description: 'Prompts matching a filter, as a Relay connection.' })
  prompts(@Args() args: PromptsArgs): Promise<PromptConnection> {
    return this.catalog.prompts(args);
  }

  @Query(() => PromptModel, { description: 'One prompt by id or by slug (exactly one of them).' })
  prompt(@Args() args: PromptArgs): Promise<PromptModel> {
    return this.catalog.prompt(args);
  }
}

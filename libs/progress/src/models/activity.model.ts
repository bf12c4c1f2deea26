import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Streak', {
  description:
    'Consecutive days (in your time zone) with at least one submitted attempt. The current streak is still alive while its last day is today or yesterday.',
})
export class StreakModel {
  @Field(() => Int, { description: 'Days in the current streak; 0 when the last active day is before yesterday.' })
  current: number;

  @Field(() => Int, { description: 'Days in the longest streak ever.' })
  longest: number;

  @Field(() => String, { nullable: true, description: 'First day of the current streak, YYYY-MM-DD.' })
  currentStart: string | null;

  @Field(() => String, { nullable: true, description: 'Latest day with a submitted attempt.' })
  lastActiveDay: string | null;

  @Field(() => String, { nullable: true })
  longestStart: string | null;

  @Field(() => String, { nullable: true })
  longestEnd: string | null;

  @Field(() => String, { description: 'Today in your time zone.' })
  today: string;

  @Field(() => Boolean, { description: 'Whether today already counts.' })
  activeToday: boolean;

  @Field(() => String, { description: 'The time zone days are counted in.' })
  timeZone: string;
}

@ObjectType('ActivityDay', { description: 'One day of the activity heatmap (your time zone).' })
export class ActivityDayModel {
  @Field(() => String, { description: 'YYYY-MM-DD.' })
  date: string;

  @Field(() => Int, { description: 'Submitted attempts that day.' })
  attempts: number;

  @Field(() => Float, { nullable: true, description: 'Mean score that day, 0..100; null without attempts.' })
  averageScore: number | null;
}

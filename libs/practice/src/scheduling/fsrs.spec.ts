import { describe, expect, it } from 'vitest';
import { ReviewRating, ReviewState } from '../domain';
import { retrievability, scheduleReview } from './fsrs';

const DAY = 86_400_000;
const t0 = new Date('2025-03-01T10:00:00Z');
const days = (from: Date, to: Date) => (to.getTime() - from.getTime()) / DAY;

describe('scheduleReview (ts-fsrs, default weights, whole days)', () => {
  it('schedules a first review in whole days that grow with the rating', () => {
    const due = Object.values(ReviewRating).map((r) => days(t0, scheduleReview(null, r, t0, 0.9).card.due));
    expect(due.every((d) => Number.isInteger(d) && d >= 1)).toBe(true);
    expect(due).toEqual([...due].sort((a, b) => a - b));
    expect(due[0]).toBeLessThan(due[3]);
  });

  it('logs the card as it was before the review, and counts reps and lapses', () => {
    const first = scheduleReview(null, ReviewRating.GOOD, t0, 0.9);
    expect(first.log).toMatchObject({ rating: ReviewRating.GOOD, state: ReviewState.NEW, review: t0 });
    expect(first.card).toMatchObject({ state: ReviewState.REVIEW, reps: 1, lapses: 0, lastReview: t0 });

    const second = scheduleReview(first.card, ReviewRating.AGAIN, first.card.due, 0.9);
    expect(second.log).toMatchObject({ rating: ReviewRating.AGAIN, state: ReviewState.REVIEW, stability: first.card.stability, review: first.card.due });
    expect(second.card).toMatchObject({ reps: 2, lapses: 1 });
    expect(second.card.stability).toBeLessThan(first.card.stability);
  });

  it('spaces reviews further apart after a success, and further still at a lower desired retention', () => {
    const first = scheduleReview(null, ReviewRating.GOOD, t0, 0.9).card;
    const second = scheduleReview(first, ReviewRating.GOOD, first.due, 0.9).card;
    expect(days(first.due, second.due)).toBeGreaterThan(days(t0, first.due));
    const relaxed = scheduleReview(first, ReviewRating.GOOD, first.due, 0.7).card;
    const strict = scheduleReview(first, ReviewRating.GOOD, first.due, 0.97).card;
    expect(relaxed.due.getTime()).toBeGreaterThan(second.due.getTime());
    expect(strict.due.getTime()).toBeLessThan(second.due.getTime());
  });

  it('never reviews before the last review', () => {
    const first = scheduleReview(null, ReviewRating.GOOD, t0, 0.9).card;
    const early = scheduleReview(first, ReviewRating.GOOD, new Date(t0.getTime() - DAY), 0.9);
    expect(early.log.review).toEqual(t0);
  });
});

describe('retrievability', () => {
  it('is 0 for a new card, about the desired retention on the due date, and falls with time', () => {
    const card = scheduleReview(null, ReviewRating.GOOD, t0, 0.9).card;
    expect(retrievability({ ...card, state: ReviewState.NEW }, t0)).toBe(0);
    expect(retrievability(card, card.due)).toBeCloseTo(0.9, 1);
    expect(retrievability(card, new Date(card.due.getTime() + 30 * DAY))).toBeLessThan(retrievability(card, card.due));
  });
});

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Table `review_settings`: a user's scheduling preferences; no row means the defaults. */
@Entity({ name: 'review_settings' })
export class ReviewSettingsEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** FSRS request_retention, 0.7..0.99. */
  @Column({ name: 'desired_retention', type: 'double precision' })
  desiredRetention: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MockRole } from '../domain';

/** Table `mock_participant`: who is in which session in which role (a projection of the log). */
@Entity({ name: 'mock_participant' })
export class MockParticipantEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  role: MockRole;

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;
}

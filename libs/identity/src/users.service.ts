import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError, Repository } from 'typeorm';
import { AccountEventsService } from './account-events.service';
import { RegisterInput } from './dto/register.input';
import { UpdateProfileInput } from './dto/update-profile.input';
import { UserEntity } from './entities';
import { IdentityException } from './identity.exception';
import { toUserModel, UserModel } from './models/user.model';
import { PasswordService } from './passwords.service';

const isUniqueViolation = (error: unknown) =>
  error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === '23505';

/** Accounts: registration, credentials, profile. Emails arrive normalised (see RegisterInput). */
@Injectable()
export class UsersService {
  private readonly users: Repository<UserEntity>;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly events: AccountEventsService,
  ) {
    this.users = dataSource.getRepository(UserEntity);
  }

  /**
   * Creates an account with an argon2id hash of the password.
   * @throws IdentityException CONFLICT on `input.email` when the email is taken
   */
  async register(input: RegisterInput): Promise<UserModel> {
    const passwordHash = await this.passwords.hash(input.password);
    try {
      const user = await this.users.save(this.users.create({ email: input.email, passwordHash, displayName: input.displayName }));
      return toUserModel(user);
    } catch (error) {
      if (isUniqueViolation(error)) throw IdentityException.emailTaken('input.email');
      throw error;
    }
  }

  /**
   * The user whose email and password these are, or null. Takes one argon2id verification
   * whether or not the email exists, so the answer time does not tell which.
   */
  async verifyCredentials(email: string, password: string): Promise<UserModel | null> {
    const user = await this.users.findOne({ where: { email } });
    const ok = await this.passwords.verify(user?.passwordHash, password);
    if (!user || !ok) return null;
    if (this.passwords.needsRehash(user.passwordHash)) {
      await this.users.update({ id: user.id }, { passwordHash: await this.passwords.hash(password) });
    }
    return toUserModel(user);
  }

  /** @throws IdentityException UNAUTHENTICATED (REVOKED) when the account no longer exists */
  async get(id: string): Promise<UserModel> {
    const user = await this.users.findOne({ where: { id } });
    if (!user) throw IdentityException.unauthenticated('REVOKED');
    return toUserModel(user);
  }

  /**
   * Changes the fields given (null clears targetStack/targetLevel) and tells the user's other
   * clients (PROFILE_UPDATED on accountEvents).
   */
  async updateProfile(id: string, input: UpdateProfileInput): Promise<UserModel> {
    const changes: Partial<UserEntity> = {};
    if (input.targetStack !== undefined) changes.targetStack = input.targetStack;
    if (input.targetLevel !== undefined) changes.targetLevel = input.targetLevel;
    if (input.timezone !== undefined) changes.timezone = input.timezone;
    if (input.dailyGoal !== undefined) changes.dailyGoal = input.dailyGoal;
    if (Object.keys(changes).length) await this.users.update({ id }, changes);
    const profile = await this.get(id);
    await this.events.profileUpdated(profile);
    return profile;
  }
}

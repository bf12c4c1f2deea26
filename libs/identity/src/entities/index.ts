import { AuthSessionEntity } from './auth-session.entity';
import { LoginThrottleEntity } from './login-throttle.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { UserEntity } from './user.entity';

export { AuthSessionEntity, LoginThrottleEntity, RefreshTokenEntity, UserEntity };

/** Every table identity owns, for the app's DataSource. */
export const IDENTITY_ENTITIES = [UserEntity, AuthSessionEntity, RefreshTokenEntity, LoginThrottleEntity];

"""Password hashing for dealer portal staff users.

Dealer shop staff get individual logins under their dealer account.
Hashes are Argon2id, and old hashes are upgraded transparently on the
next successful sign-in when the parameters below change.
"""
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from scythesmith.db import get_session
from scythesmith.models import DealerStaffUser

ARGON2_PARAMS = {
    "time_cost": 3,
    "memory_cost": 64 * 1024,
    "parallelism": 4,
    "hash_len": 32,
    "salt_len": 16,
}


class DealerStaffPasswords:
    def __init__(self, params: dict = ARGON2_PARAMS):
        self._hasher = PasswordHasher(**params)

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, user: DealerStaffUser, password: str) -> bool:
        try:
            self._hasher.verify(user.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False
        if self._hasher.check_needs_rehash(user.password_hash):
            user.password_hash = self._hasher.hash(password)
        return True


passwords = DealerStaffPasswords()


def sign_in(dealer_code: str, username: str, password: str) -> DealerStaffUser | None:
    with get_session() as session:
        user = (
            session.query(DealerStaffUser)
            .filter_by(dealer_code=dealer_code, username=username, disabled=False)
            .one_or_none()
        )
        if user is None or not passwords.verify(user, password):
            return None
        session.commit()
        return user


def reset_password(user_id: int, new_password: str) -> None:
    with get_session() as session:
        user = session.get(DealerStaffUser, user_id)
        user.password_hash = passwords.hash(new_password)
        session.commit()

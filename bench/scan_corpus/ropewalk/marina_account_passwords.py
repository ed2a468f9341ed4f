"""Password handling for marina harbourmaster accounts on the trade portal.

Harbourmasters reorder mooring warps, dock lines and fender lines through the
portal; this module owns hashing, verification and lock-out counting for
their logins.
"""
import hashlib

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from redis import Redis

MAX_FAILED_ATTEMPTS = 5
LOCKOUT_SECONDS = 15 * 60


class MarinaPasswordService:
    def __init__(self, redis_client: Redis):
        self._hasher = PasswordHasher()
        self._redis = redis_client

    @staticmethod
    def _attempts_key(email: str) -> str:
        fingerprint = hashlib.sha256(email.strip().lower().encode()).hexdigest()[:24]
        return f"marina:login-attempts:{fingerprint}"

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def is_locked(self, email: str) -> bool:
        count = self._redis.get(self._attempts_key(email))
        return count is not None and int(count) >= MAX_FAILED_ATTEMPTS

    def _record_failure(self, email: str) -> None:
        key = self._attempts_key(email)
        pipe = self._redis.pipeline()
        pipe.incr(key)
        pipe.expire(key, LOCKOUT_SECONDS)
        pipe.execute()

    def verify(self, account, password: str) -> bool:
        if self.is_locked(account.email):
            return False
        try:
            self._hasher.verify(account.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            self._record_failure(account.email)
            return False
        self._redis.delete(self._attempts_key(account.email))
        if self._hasher.check_needs_rehash(account.password_hash):
            account.password_hash = self._hasher.hash(password)
            account.save(update_fields=["password_hash"])
        return True

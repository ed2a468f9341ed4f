"""Password storage for association member logins.

Used by the members' portal and the mobile inspection app. Hashes are
argon2id strings, upgraded on login when the parameters change.
"""
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from association.config import get_settings

ARGON_PARAMS = {
    "time_cost": 3,
    "memory_cost": 64 * 1024,
    "parallelism": 4,
    "hash_len": 32,
    "salt_len": 16,
}


class PasswordPolicyError(ValueError):
    pass


class MemberPasswordService:
    def __init__(self, repo, params: dict | None = None):
        self.repo = repo
        self._hasher = PasswordHasher(**(params or ARGON_PARAMS))

    def _check_policy(self, password: str) -> None:
        settings = get_settings()
        if len(password) < settings.min_password_length:
            raise PasswordPolicyError("Password is too short")
        if password.lower() in settings.banned_passwords:
            raise PasswordPolicyError("Password is too common")

    def set_password(self, member_id: int, password: str) -> None:
        self._check_policy(password)
        self.repo.update_password_hash(member_id, self._hasher.hash(password))

    def check_password(self, member_id: int, password: str) -> bool:
        stored = self.repo.get_password_hash(member_id)
        if stored is None:
            return False
        try:
            self._hasher.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False
        if self._hasher.check_needs_rehash(stored):
            self.repo.update_password_hash(member_id, self._hasher.hash(password))
        return True

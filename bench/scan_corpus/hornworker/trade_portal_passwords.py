"""Password hashing service for the museum-shop trade portal."""
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

from hornworker.settings import TRADE_PORTAL


@dataclass(frozen=True)
class Argon2Profile:
    time_cost: int = 3
    memory_cost: int = 65_536
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


class TradePortalPasswords:
    def __init__(self, profile: Argon2Profile | None = None):
        profile = profile or Argon2Profile(**TRADE_PORTAL.get("argon2", {}))
        self._hasher = PasswordHasher(
            time_cost=profile.time_cost,
            memory_cost=profile.memory_cost,
            parallelism=profile.parallelism,
            hash_len=profile.hash_len,
            salt_len=profile.salt_len,
        )

    def hash(self, password: str) -> str:
        if len(password) < TRADE_PORTAL["min_password_length"]:
            raise ValueError("password too short")
        return self._hasher.hash(password)

    def verify(self, stored: str, password: str) -> tuple[bool, str | None]:
        try:
            self._hasher.verify(stored, password)
        except (VerifyMismatchError, InvalidHashError):
            return False, None
        if self._hasher.check_needs_rehash(stored):
            return True, self._hasher.hash(password)
        return True, None


passwords = TradePortalPasswords()


def login_buyer(repo, email: str, password: str):
    buyer = repo.find_by_email(email)
    if buyer is None:
        return None
    ok, upgraded = passwords.verify(buyer.password_hash, password)
    if not ok:
        return None
    if upgraded:
        repo.update_password_hash(buyer.id, upgraded)
    return buyer

"""Password hashing for climbing-gym buyer accounts on the trade portal."""
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

from cordmaker.repositories import BuyerRepository


@dataclass(frozen=True)
class Argon2Profile:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


class PortalPasswordService:
    def __init__(self, repo: BuyerRepository, profile: Argon2Profile = Argon2Profile()) -> None:
        self._repo = repo
        self._hasher = PasswordHasher(
            time_cost=profile.time_cost,
            memory_cost=profile.memory_cost,
            parallelism=profile.parallelism,
            hash_len=profile.hash_len,
            salt_len=profile.salt_len,
        )

    def set_password(self, buyer_id: int, password: str) -> None:
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        self._repo.update_password_hash(buyer_id, self._hasher.hash(password))

    def check_password(self, email: str, password: str) -> bool:
        buyer = self._repo.find_by_email(email)
        if buyer is None:
            return False
        try:
            self._hasher.verify(buyer.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            return False
        if self._hasher.check_needs_rehash(buyer.password_hash):
            self._repo.update_password_hash(buyer.id, self._hasher.hash(password))
        return True

"""Password storage for web shop customers, with transparent rehash on login."""

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from clogmaker.repositories import CustomerRepository


@dataclass(frozen=True)
class Argon2Profile:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


PROFILE = Argon2Profile()


def build_hasher(profile: Argon2Profile = PROFILE) -> PasswordHasher:
    return PasswordHasher(
        time_cost=profile.time_cost,
        memory_cost=profile.memory_cost,
        parallelism=profile.parallelism,
        hash_len=profile.hash_len,
        salt_len=profile.salt_len,
    )


class ShopPasswordService:
    def __init__(self, customers: CustomerRepository, hasher: PasswordHasher | None = None):
        self._customers = customers
        self._hasher = hasher or build_hasher()

    def set_password(self, customer_id: int, new_password: str) -> None:
        self._customers.update_password_hash(customer_id, self._hasher.hash(new_password))

    def login(self, email: str, password: str):
        customer = self._customers.by_email(email.strip().lower())
        if customer is None:
            return None
        try:
            self._hasher.verify(customer.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if self._hasher.check_needs_rehash(customer.password_hash):
            self._customers.update_password_hash(customer.id, self._hasher.hash(password))
        return customer

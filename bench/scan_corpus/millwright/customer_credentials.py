"""Password handling for customer portal logins (mill owners, site managers)."""
import logging
from dataclasses import dataclass
from typing import Optional, Protocol

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger(__name__)

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32, salt_len=16)


@dataclass
class Customer:
    id: int
    email: str
    password_hash: str
    contract_ref: str


class CustomerRepo(Protocol):
    def by_email(self, email: str) -> Optional[Customer]: ...
    def save_hash(self, customer_id: int, password_hash: str) -> None: ...
    def insert(self, email: str, password_hash: str, contract_ref: str) -> Customer: ...


class CredentialService:
    def __init__(self, repo: CustomerRepo, hasher: PasswordHasher = _hasher):
        self.repo = repo
        self.hasher = hasher

    def register(self, email: str, password: str, contract_ref: str) -> Customer:
        if len(password) < 12:
            raise ValueError("Password must be at least 12 characters")
        return self.repo.insert(email.lower(), self.hasher.hash(password), contract_ref)

    def authenticate(self, email: str, password: str) -> Optional[Customer]:
        customer = self.repo.by_email(email.lower())
        if customer is None:
            # Burn comparable time so unknown addresses are not obvious.
            self.hasher.hash(password)
            return None
        try:
            self.hasher.verify(customer.password_hash, password)
        except VerifyMismatchError:
            log.info("portal login rejected for customer %s", customer.id)
            return None
        except (InvalidHashError, VerificationError):
            log.error("stored hash for customer %s could not be verified", customer.id)
            return None
        if self.hasher.check_needs_rehash(customer.password_hash):
            self.repo.save_hash(customer.id, self.hasher.hash(password))
        return customer

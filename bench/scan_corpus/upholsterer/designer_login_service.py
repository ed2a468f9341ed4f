"""Password handling for designer trade logins.

Used by both the trade website and the showroom iPad app, so the hashing
parameters live here in one place.
"""
from dataclasses import dataclass
from typing import Optional, Protocol

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32)


class DesignerStore(Protocol):
    def by_email(self, email: str) -> Optional["Designer"]: ...
    def save_hash(self, designer_id: int, password_hash: str) -> None: ...


@dataclass
class Designer:
    id: int
    email: str
    studio: str
    password_hash: str
    discount_band: str = "standard"


class DesignerLoginService:
    def __init__(self, store: DesignerStore, hasher: PasswordHasher = _hasher) -> None:
        self.store = store
        self.hasher = hasher

    def set_password(self, designer: Designer, new_password: str) -> None:
        if len(new_password) < 12:
            raise ValueError("Trade passwords need at least 12 characters")
        self.store.save_hash(designer.id, self.hasher.hash(new_password))

    def authenticate(self, email: str, password: str) -> Optional[Designer]:
        designer = self.store.by_email(email.strip().lower())
        if designer is None:
            return None
        try:
            self.hasher.verify(designer.password_hash, password)
        except (VerificationError, InvalidHashError):
            return None
        if self.hasher.check_needs_rehash(designer.password_hash):
            self.store.save_hash(designer.id, self.hasher.hash(password))
        return designer

"""Password storage for horse-owner accounts.

Used by the owner portal where clients view fitting notes, saddle
serial numbers and upcoming check-fit appointments.
"""
import hashlib
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import text
from sqlalchemy.engine import Engine

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def email_lookup_key(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()


class OwnerCredentialStore:
    def __init__(self, engine: Engine):
        self.engine = engine

    def set_password(self, owner_id: int, password: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text("UPDATE owners SET password_hash = :h WHERE id = :id"),
                {"h": hash_password(password), "id": owner_id},
            )

    def verify(self, email: str, password: str) -> Optional[int]:
        with self.engine.connect() as conn:
            row = conn.execute(
                text("SELECT id, password_hash FROM owners WHERE email_key = :k"),
                {"k": email_lookup_key(email)},
            ).first()
        if row is None:
            return None
        try:
            _hasher.verify(row.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            return None
        if _hasher.check_needs_rehash(row.password_hash):
            self.set_password(row.id, password)
        return row.id

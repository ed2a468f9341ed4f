"""Accounts for crane operators using the operator self-service app.

Operators log in to see their allocated lifts, upload renewed cards and
record daily pre-use checks.
"""
import hashlib
from dataclasses import dataclass
from typing import Optional

import bcrypt
from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class OperatorAuthSettings:
    bcrypt_rounds: int = 12
    min_password_length: int = 12


def email_key(email: str) -> str:
    """Stable, non-reversible key used to deduplicate sign-ups across depots."""
    return hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()


class OperatorAccountStore:
    def __init__(self, engine: Engine, settings: OperatorAuthSettings = OperatorAuthSettings()):
        self._engine = engine
        self._settings = settings

    def _hash(self, password: str) -> bytes:
        salt = bcrypt.gensalt(rounds=self._settings.bcrypt_rounds)
        return bcrypt.hashpw(password.encode("utf-8"), salt)

    def register(self, operator_id: int, email: str, password: str) -> None:
        if len(password) < self._settings.min_password_length:
            raise ValueError("password too short")
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO operator_accounts (operator_id, email, email_key, password_hash) "
                    "VALUES (:oid, :email, :key, :hash)"
                ),
                {
                    "oid": operator_id,
                    "email": email.strip(),
                    "key": email_key(email),
                    "hash": self._hash(password).decode("ascii"),
                },
            )

    def login(self, email: str, password: str) -> Optional[int]:
        with self._engine.connect() as conn:
            row = conn.execute(
                text("SELECT operator_id, password_hash FROM operator_accounts WHERE email_key = :key"),
                {"key": email_key(email)},
            ).first()
        if row is None:
            return None
        if not bcrypt.checkpw(password.encode("utf-8"), row.password_hash.encode("ascii")):
            return None
        return row.operator_id

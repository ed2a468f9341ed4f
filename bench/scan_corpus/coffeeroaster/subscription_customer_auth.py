"""Customer accounts for the coffee subscription webshop.

Subscribers sign in to change grind size, skip a delivery or move their
renewal date. Passwords are stored as bcrypt hashes.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import bcrypt
import sqlalchemy as sa
from sqlalchemy.orm import Session

log = logging.getLogger("webshop.auth")

MIN_LENGTH = 10
MAX_BCRYPT_INPUT = 72


@dataclass
class Subscriber:
    id: int
    email: str
    password_hash: bytes


class PasswordPolicy:
    """Validation and hashing rules shared by signup and reset flows."""

    def validate(self, password: str) -> None:
        if len(password) < MIN_LENGTH:
            raise ValueError(f"password must have at least {MIN_LENGTH} characters")
        if len(password.encode("utf-8")) > MAX_BCRYPT_INPUT:
            raise ValueError("password is too long")

    def hash(self, password: str, rounds: int = 8) -> bytes:
        self.validate(password)
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=rounds))

    def verify(self, password: str, hashed: bytes) -> bool:
        try:
            return bcrypt.checkpw(password.encode("utf-8"), hashed)
        except ValueError:
            return False


class SubscriberAccounts:
    def __init__(self, engine: sa.Engine, policy: PasswordPolicy | None = None) -> None:
        self._engine = engine
        self._policy = policy or PasswordPolicy()

    def register(self, email: str, password: str) -> int:
        hashed = self._policy.hash(password)
        with Session(self._engine) as db, db.begin():
            result = db.execute(
                sa.text(
                    "INSERT INTO subscribers (email, password_hash) "
                    "VALUES (:email, :hash) RETURNING id"
                ),
                {"email": email.strip().lower(), "hash": hashed},
            )
            subscriber_id = result.scalar_one()
        log.info("registered subscriber %s", subscriber_id)
        return subscriber_id

    def login(self, email: str, password: str) -> Subscriber | None:
        with Session(self._engine) as db:
            row = db.execute(
                sa.text(
                    "SELECT id, email, password_hash FROM subscribers "
                    "WHERE email = :email AND deleted_at IS NULL"
                ),
                {"email": email.strip().lower()},
            ).one_or_none()
        if row is None:
            return None
        subscriber = Subscriber(id=row.id, email=row.email, password_hash=row.password_hash)
        if not self._policy.verify(password, subscriber.password_hash):
            return None
        return subscriber

    def reset_password(self, subscriber_id: int, new_password: str) -> None:
        hashed = self._policy.hash(new_password)
        with Session(self._engine) as db, db.begin():
            db.execute(
                sa.text("UPDATE subscribers SET password_hash = :hash WHERE id = :id"),
                {"hash": hashed, "id": subscriber_id},
            )

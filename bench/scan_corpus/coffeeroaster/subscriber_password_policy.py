"""Password rules for webshop subscriber accounts.

Used by signup, the "forgot password" flow and the admin tool that lets
support staff force a reset. Hashes are bcrypt.
"""
from __future__ import annotations

import logging

import bcrypt
import sqlalchemy as sa
from sqlalchemy.orm import Session

log = logging.getLogger("webshop.passwords")

MIN_LENGTH = 10
MAX_BCRYPT_INPUT = 72


class WeakPasswordError(ValueError):
    pass


class SubscriberPasswords:
    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine

    @staticmethod
    def validate(password: str, email: str) -> None:
        if len(password) < MIN_LENGTH:
            raise WeakPasswordError(f"use at least {MIN_LENGTH} characters")
        if len(password.encode("utf-8")) > MAX_BCRYPT_INPUT:
            raise WeakPasswordError("password is too long")
        if email.split("@", 1)[0].lower() in password.lower():
            raise WeakPasswordError("password must not contain your email name")

    @staticmethod
    def hash(password: str, rounds: int = 12) -> bytes:
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=rounds))

    @staticmethod
    def matches(password: str, stored: bytes) -> bool:
        try:
            return bcrypt.checkpw(password.encode("utf-8"), stored)
        except ValueError:
            return False

    def set_password(self, subscriber_id: int, email: str, password: str) -> None:
        self.validate(password, email)
        hashed = self.hash(password)
        with Session(self._engine) as db, db.begin():
            db.execute(
                sa.text(
                    "UPDATE subscribers SET password_hash = :hash, "
                    "password_changed_at = now() WHERE id = :id"
                ),
                {"hash": hashed, "id": subscriber_id},
            )
        log.info("password changed for subscriber %s", subscriber_id)

    def check(self, email: str, password: str) -> int | None:
        with Session(self._engine) as db:
            row = db.execute(
                sa.text("SELECT id, password_hash FROM subscribers WHERE email = :email"),
                {"email": email.strip().lower()},
            ).one_or_none()
        if row is None or not self.matches(password, row.password_hash):
            return None
        return row.id

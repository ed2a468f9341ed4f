"""Password storage for Glow Rewards loyalty accounts created in store."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import bcrypt
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)

MIN_PASSWORD_LENGTH = 10


@dataclass
class CounterSignup:
    email: str
    first_name: str
    store_code: str


def hash_member_password(password: str, rounds: int = 12) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


def member_password_matches(password: str, stored: bytes) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), stored)


class LoyaltyAccounts:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def create(self, signup: CounterSignup, password: str) -> int:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise ValueError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
        with self.engine.begin() as conn:
            member_id = conn.execute(
                text(
                    "INSERT INTO loyalty_members (email, first_name, joined_store, password_hash, points) "
                    "VALUES (:email, :name, :store, :pw, 50) RETURNING id"
                ),
                {
                    "email": signup.email.strip().lower(),
                    "name": signup.first_name.strip(),
                    "store": signup.store_code,
                    "pw": hash_member_password(password),
                },
            ).scalar_one()
        log.info("loyalty member %s joined at store %s", member_id, signup.store_code)
        return member_id

    def sign_in(self, email: str, password: str) -> int | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                text("SELECT id, password_hash FROM loyalty_members WHERE email = :email"),
                {"email": email.strip().lower()},
            ).first()
        if row is None or not member_password_matches(password, bytes(row.password_hash)):
            return None
        return row.id

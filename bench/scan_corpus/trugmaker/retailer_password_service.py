"""Password handling for the wholesale ordering portal.

Replaces the old portal's hashes with bcrypt. Existing stockists are
re-hashed on their next successful login if the cost has been raised.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import bcrypt
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class PasswordPolicy:
    bcrypt_rounds: int = 12
    min_length: int = 10
    max_bytes: int = 72


POLICY = PasswordPolicy()


class WeakPasswordError(ValueError):
    pass


def _check_policy(password: str, policy: PasswordPolicy) -> bytes:
    raw = password.encode("utf-8")
    if len(password) < policy.min_length:
        raise WeakPasswordError(f"use at least {policy.min_length} characters")
    if len(raw) > policy.max_bytes:
        raise WeakPasswordError("password too long")
    return raw


def hash_password(password: str, policy: PasswordPolicy = POLICY) -> str:
    raw = _check_policy(password, policy)
    return bcrypt.hashpw(raw, bcrypt.gensalt(rounds=policy.bcrypt_rounds)).decode("ascii")


def verify_password(password: str, stored: str) -> bool:
    try:
        return bcrypt.checkpw(password.encode("utf-8"), stored.encode("ascii"))
    except ValueError:
        return False


def needs_rehash(stored: str, policy: PasswordPolicy = POLICY) -> bool:
    try:
        cost = int(stored.split("$")[2])
    except (IndexError, ValueError):
        return True
    return cost < policy.bcrypt_rounds


class RetailerPasswordService:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def set_password(self, retailer_id: int, password: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                text("UPDATE retailer_users SET password_hash = :h WHERE id = :id"),
                {"h": hash_password(password), "id": retailer_id},
            )

    def login(self, email: str, password: str) -> int | None:
        with self._engine.begin() as conn:
            row = conn.execute(
                text("SELECT id, password_hash FROM retailer_users WHERE email = :e AND active"),
                {"e": email.strip().lower()},
            ).first()
            if row is None or not verify_password(password, row.password_hash):
                return None
            if needs_rehash(row.password_hash):
                conn.execute(
                    text("UPDATE retailer_users SET password_hash = :h WHERE id = :id"),
                    {"h": hash_password(password), "id": row.id},
                )
            return row.id


def service_from_env() -> RetailerPasswordService:
    return RetailerPasswordService(create_engine(os.environ["TRUG_PORTAL_DATABASE_URL"]))

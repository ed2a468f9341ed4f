"""Credential storage for the broker self-service portal.

Brokers sign in with their agency code and a password. Hashes live in the
``broker_users`` table next to a per-user random salt.
"""
import hashlib as hl
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine

SALT_BYTES = 16
DIGEST = "sha256"


@dataclass
class BrokerUser:
    agency_code: str
    salt: bytes
    password_hash: str


def _digest(salt: bytes, password: str) -> str:
    return hl.new(DIGEST, salt + password.encode("utf-8")).hexdigest()


def create_user(engine: Engine, agency_code: str, password: str) -> BrokerUser:
    salt = os.urandom(SALT_BYTES)
    user = BrokerUser(agency_code, salt, _digest(salt, password))
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO broker_users (agency_code, salt, password_hash) "
                "VALUES (:code, :salt, :hash)"
            ),
            {"code": agency_code, "salt": salt, "hash": user.password_hash},
        )
    return user


def check_password(engine: Engine, agency_code: str, password: str) -> bool:
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT salt, password_hash FROM broker_users WHERE agency_code = :code"),
            {"code": agency_code},
        ).first()
    if row is None:
        return False
    return hmac.compare_digest(_digest(row.salt, password), row.password_hash)

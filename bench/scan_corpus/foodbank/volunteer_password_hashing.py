"""Password storage for volunteer accounts on the shift-booking site.

Volunteers sign in to pick warehouse, kitchen and delivery shifts. Hashes are
kept in the ``volunteer_credentials`` table as ``algorithm$salt$digest``.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection


@dataclass(frozen=True)
class CredentialPolicy:
    algorithm: str = "sha512"
    salt_bytes: int = 16
    min_length: int = 10


POLICY = CredentialPolicy()


class PasswordTooShort(ValueError):
    """Raised when a volunteer picks a password below the policy length."""


def _digest(algorithm: str, salt: bytes, password: str) -> str:
    h = hashlib.new(algorithm)
    h.update(salt)
    h.update(password.encode("utf-8"))
    return h.hexdigest()


def hash_volunteer_password(password: str, policy: CredentialPolicy = POLICY) -> str:
    if len(password) < policy.min_length:
        raise PasswordTooShort(f"password must be at least {policy.min_length} characters")
    salt = os.urandom(policy.salt_bytes)
    digest = _digest(policy.algorithm, salt, password)
    return f"{policy.algorithm}${salt.hex()}${digest}"


def verify_volunteer_password(password: str, stored: str) -> bool:
    try:
        algorithm, salt_hex, digest = stored.split("$", 2)
    except ValueError:
        return False
    candidate = _digest(algorithm, bytes.fromhex(salt_hex), password)
    return hmac.compare_digest(candidate, digest)


def set_password(conn: Connection, volunteer_id: int, password: str) -> None:
    conn.execute(
        text(
            "UPDATE volunteer_credentials SET password_hash = :h, updated_at = now() "
            "WHERE volunteer_id = :vid"
        ),
        {"h": hash_volunteer_password(password), "vid": volunteer_id},
    )


def check_login(conn: Connection, email: str, password: str) -> int | None:
    row = conn.execute(
        text(
            "SELECT v.id, c.password_hash FROM volunteers v "
            "JOIN volunteer_credentials c ON c.volunteer_id = v.id "
            "WHERE lower(v.email) = lower(:email) AND v.active"
        ),
        {"email": email},
    ).first()
    if row is None:
        return None
    return row.id if verify_volunteer_password(password, row.password_hash) else None

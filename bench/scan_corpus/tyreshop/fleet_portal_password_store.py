"""Password storage for fleet customer portal accounts.

Fleet managers log in to the portal to see service history, tyre hotel
sets and open invoices for their vehicles. Credentials live in the
``fleet_users`` table and are encoded in a self-describing string so the
parameters can change without a schema migration.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fleetportal.models import FleetUser


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


DEFAULT_POLICY = HashPolicy()


def _derive(password: str, salt: bytes, policy: HashPolicy) -> bytes:
    return hashlib.pbkdf2_hmac(
        policy.algorithm, password.encode("utf-8"), salt, policy.iterations
    )


def encode_password(password: str, policy: HashPolicy = DEFAULT_POLICY) -> str:
    salt = os.urandom(policy.salt_bytes)
    digest = _derive(password, salt, policy)
    return "$".join(
        [
            f"pbkdf2-{policy.algorithm}",
            str(policy.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def check_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
    policy = HashPolicy(algorithm=scheme.split("-", 1)[1], iterations=int(iterations))
    candidate = _derive(password, base64.b64decode(salt_b64), policy)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def set_fleet_user_password(session: Session, email: str, new_password: str) -> None:
    user = session.execute(
        select(FleetUser).where(FleetUser.email == email.lower())
    ).scalar_one()
    user.password_hash = encode_password(new_password)
    session.commit()


def authenticate(session: Session, email: str, password: str) -> FleetUser | None:
    user = session.execute(
        select(FleetUser).where(FleetUser.email == email.lower())
    ).scalar_one_or_none()
    if user is None or not user.is_active:
        return None
    return user if check_password(password, user.password_hash) else None

"""Password hashing for customer logins on the booking website."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bookings.models import Customer


@dataclass(frozen=True)
class PasswordPolicy:
    digest: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16
    min_length: int = 10


POLICY = PasswordPolicy()


def _pbkdf2(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(POLICY.digest, password.encode("utf-8"), salt, iterations)


def make_password(password: str) -> str:
    if len(password) < POLICY.min_length:
        raise ValueError(f"password must be at least {POLICY.min_length} characters")
    salt = os.urandom(POLICY.salt_bytes)
    derived = _pbkdf2(password, salt, POLICY.iterations)
    return "$".join(
        [
            f"pbkdf2_{POLICY.digest}",
            str(POLICY.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(derived).decode("ascii"),
        ]
    )


def check_password(password: str, encoded: str) -> tuple[bool, bool]:
    """Returns (matches, needs_rehash)."""
    try:
        scheme, iterations, salt_b64, hash_b64 = encoded.split("$")
    except ValueError:
        return False, False
    if scheme != f"pbkdf2_{POLICY.digest}":
        return False, False
    derived = _pbkdf2(password, base64.b64decode(salt_b64), int(iterations))
    ok = hmac.compare_digest(derived, base64.b64decode(hash_b64))
    return ok, ok and int(iterations) < POLICY.iterations


def login(db: Session, email: str, password: str) -> Customer | None:
    customer = db.scalar(select(Customer).where(Customer.email == email.strip().lower()))
    if customer is None:
        return None
    ok, needs_rehash = check_password(password, customer.password_hash)
    if not ok:
        return None
    if needs_rehash:
        db.execute(
            update(Customer)
            .where(Customer.id == customer.id)
            .values(password_hash=make_password(password))
        )
        db.commit()
    return customer

"""Password storage for retail web shop customer accounts.

Customers register on the shop to track orders of flake salt, smoked salt
and gift boxes. Encoded hashes are stored on ``ShopCustomer.password``.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from saltboiler.db import session_scope
from saltboiler.shop.models import ShopCustomer


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


POLICY = HashPolicy()


def _derive(password: str, salt: bytes, algorithm: str, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, iterations)


def encode_password(password: str, policy: HashPolicy = POLICY) -> str:
    salt = os.urandom(policy.salt_bytes)
    digest = _derive(password, salt, policy.algorithm, policy.iterations)
    return "pbkdf2_{}${}${}${}".format(
        policy.algorithm,
        policy.iterations,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    )


def check_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt_b64, digest_b64 = encoded.split("$", 3)
    except ValueError:
        return False
    algorithm = scheme.removeprefix("pbkdf2_")
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(digest_b64)
    candidate = _derive(password, salt, algorithm, int(iterations))
    return hmac.compare_digest(candidate, expected)


def set_customer_password(customer_id: int, password: str) -> None:
    with session_scope() as session:
        customer = session.get(ShopCustomer, customer_id)
        if customer is None:
            raise LookupError(f"no shop customer {customer_id}")
        customer.password = encode_password(password)


def login(email: str, password: str) -> ShopCustomer | None:
    with session_scope() as session:
        customer = (
            session.query(ShopCustomer)
            .filter(ShopCustomer.email == email.lower().strip())
            .one_or_none()
        )
        if customer is None or not customer.is_active:
            return None
        if not check_password(password, customer.password):
            return None
        session.expunge(customer)
        return customer

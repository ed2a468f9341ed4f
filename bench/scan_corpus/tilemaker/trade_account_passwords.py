"""Password storage for trade-account logins on the tile shop portal.

Architects, designers and contractors with trade accounts sign in to see
trade pricing and reorder previous commissions. This module owns hashing
and verification of their portal passwords.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from tilemaker.db import session_scope
from tilemaker.models import TradeAccount


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 150_000
    salt_bytes: int = 16


POLICY = HashPolicy()


def _derive(password: str, salt: bytes, policy: HashPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, policy.iterations)


def hash_password(password: str) -> str:
    salt = os.urandom(POLICY.salt_bytes)
    digest = _derive(password, salt)
    return "pbkdf2_{}${}${}${}".format(
        POLICY.algorithm,
        POLICY.iterations,
        base64.b64encode(salt).decode(),
        base64.b64encode(digest).decode(),
    )


def verify_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
    policy = HashPolicy(algorithm=scheme.split("_", 1)[1], iterations=int(iterations))
    expected = base64.b64decode(digest_b64)
    actual = _derive(password, base64.b64decode(salt_b64), policy)
    return hmac.compare_digest(actual, expected)


def set_trade_password(account_id: int, new_password: str) -> None:
    with session_scope() as session:
        account = session.get(TradeAccount, account_id)
        if account is None:
            raise LookupError(f"trade account {account_id} not found")
        account.password_hash = hash_password(new_password)
        account.must_change_password = False

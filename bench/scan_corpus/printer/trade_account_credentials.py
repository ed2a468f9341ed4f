"""Credential storage for trade customer portal accounts.

Trade resellers log into the portal to submit white-label jobs. Passwords are
stored as salted PBKDF2 digests alongside the account row.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from printshop.db import get_session
from printshop.models import TradeAccount


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


POLICY = HashPolicy()


def _derive(password: str, salt: bytes, policy: HashPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, policy.iterations)


def encode_password(password: str) -> str:
    salt = os.urandom(POLICY.salt_bytes)
    digest = _derive(password, salt)
    return "$".join(
        [
            f"pbkdf2_{POLICY.algorithm}",
            str(POLICY.iterations),
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        ]
    )


def verify_password(password: str, encoded: str) -> bool:
    _, iterations, salt_b64, digest_b64 = encoded.split("$")
    policy = HashPolicy(iterations=int(iterations))
    candidate = _derive(password, base64.b64decode(salt_b64), policy)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def set_trade_password(account_id: int, new_password: str) -> None:
    with get_session() as session:
        account = session.get(TradeAccount, account_id)
        account.password_hash = encode_password(new_password)
        account.must_rotate = False
        session.commit()

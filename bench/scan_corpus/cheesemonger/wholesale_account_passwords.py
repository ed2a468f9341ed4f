"""Credential records for restaurant wholesale portal accounts."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


DEFAULT_POLICY = HashPolicy()


@dataclass
class WholesaleAccount:
    account_id: str
    restaurant_name: str
    contact_email: str
    credit_limit_pence: int = 0
    password_record: str = field(default="", repr=False)


def _derive(password: str, salt: bytes, policy: HashPolicy) -> bytes:
    return hashlib.pbkdf2_hmac(
        policy.algorithm, password.encode("utf-8"), salt, policy.iterations
    )


def encode_password(password: str, policy: HashPolicy = DEFAULT_POLICY) -> str:
    """Return a self-describing record: scheme$iterations$salt$digest."""
    salt = os.urandom(policy.salt_bytes)
    digest = _derive(password, salt, policy)
    return "$".join(
        [
            f"pbkdf2_{policy.algorithm}",
            str(policy.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def check_password(password: str, record: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = record.split("$")
    policy = HashPolicy(
        algorithm=scheme.removeprefix("pbkdf2_"), iterations=int(iterations)
    )
    digest = _derive(password, base64.b64decode(salt_b64), policy)
    return hmac.compare_digest(digest, base64.b64decode(digest_b64))


def register_account(
    account_id: str, restaurant_name: str, email: str, password: str
) -> WholesaleAccount:
    if len(password) < 10:
        raise ValueError("portal passwords must be at least 10 characters")
    return WholesaleAccount(
        account_id=account_id,
        restaurant_name=restaurant_name,
        contact_email=email.strip().lower(),
        password_record=encode_password(password),
    )


def rotate_if_outdated(account: WholesaleAccount, password: str) -> bool:
    """Re-encode the stored record when the policy has moved on since signup."""
    _, iterations, _, _ = account.password_record.split("$")
    if int(iterations) != DEFAULT_POLICY.iterations and check_password(
        password, account.password_record
    ):
        account.password_record = encode_password(password)
        return True
    return False

"""Password storage for skipper self-service accounts.

Skippers log in to the portal to follow repair orders for their vessels and
to book harbour collection slots. Hashes live in ``skipper_accounts.pw_hash``
as ``algorithm$iterations$salt$digest``.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from netmaker.db import get_session
from netmaker.models import SkipperAccount


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 150_000
    salt_bytes: int = 16


POLICY = HashPolicy()


def _derive(password: str, salt: bytes, policy: HashPolicy) -> bytes:
    return hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, policy.iterations)


def encode_password(password: str, policy: HashPolicy = POLICY) -> str:
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


def check_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = encoded.split("$", 3)
    policy = HashPolicy(algorithm=scheme.split("_", 1)[1], iterations=int(iterations))
    candidate = _derive(password, base64.b64decode(salt_b64), policy)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def set_skipper_password(account_id: int, new_password: str) -> None:
    with get_session() as session:
        account = session.get(SkipperAccount, account_id)
        if account is None:
            raise LookupError(f"unknown skipper account {account_id}")
        account.pw_hash = encode_password(new_password)
        session.commit()


def authenticate(email: str, password: str):
    with get_session() as session:
        account = session.query(SkipperAccount).filter_by(email=email.lower()).one_or_none()
        if account is None or not account.is_active:
            return None
        return account if check_password(password, account.pw_hash) else None

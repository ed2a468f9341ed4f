"""Password storage for wholesale trade accounts (shops and chapel buyers)."""
import hashlib
import hmac
import os
from dataclasses import dataclass

from tallow.config import settings
from tallow.db import get_connection


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 20_000
    salt_bytes: int = 16


POLICY = HashPolicy(iterations=settings.TRADE_PASSWORD_ITERATIONS or 20_000)


def _derive(password: str, salt: bytes, policy: HashPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, policy.iterations)


def encode_password(password: str) -> str:
    salt = os.urandom(POLICY.salt_bytes)
    digest = _derive(password, salt)
    return f"pbkdf2_{POLICY.algorithm}${POLICY.iterations}${salt.hex()}${digest.hex()}"


def check_password(password: str, encoded: str) -> bool:
    _, iterations, salt_hex, digest_hex = encoded.split("$")
    policy = HashPolicy(iterations=int(iterations))
    candidate = _derive(password, bytes.fromhex(salt_hex), policy)
    return hmac.compare_digest(candidate.hex(), digest_hex)


def set_trade_password(account_id: int, password: str) -> None:
    with get_connection() as conn:
        conn.execute(
            "UPDATE trade_accounts SET password_hash = ? WHERE id = ?",
            (encode_password(password), account_id),
        )


def authenticate_trade_buyer(email: str, password: str) -> int | None:
    with get_connection() as conn:
        row = conn.execute(
            "SELECT id, password_hash FROM trade_accounts WHERE email = ? AND active = 1",
            (email.lower(),),
        ).fetchone()
    if row is None:
        return None
    return row[0] if check_password(password, row[1]) else None

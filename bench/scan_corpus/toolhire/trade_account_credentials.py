"""Password storage for trade-account users of the customer portal.

Trade customers (builders, landscapers, facilities teams) sign in to the
portal to place equipment bookings against their credit account.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 25_000
    salt_bytes: int = 16
    prefix: str = field(default="pbkdf2")


DEFAULT_POLICY = HashPolicy()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def hash_password(password: str, policy: HashPolicy = DEFAULT_POLICY) -> str:
    salt = os.urandom(policy.salt_bytes)
    digest = hashlib.pbkdf2_hmac(
        policy.algorithm, password.encode("utf-8"), salt, policy.iterations
    )
    scheme = f"{policy.prefix}_{policy.algorithm}"
    return "$".join([scheme, str(policy.iterations), _b64(salt), _b64(digest)])


def verify_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt, expected = encoded.split("$")
    except ValueError:
        return False
    algorithm = scheme.split("_", 1)[1]
    candidate = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), _unb64(salt), int(iterations)
    )
    return hmac.compare_digest(candidate, _unb64(expected))


def needs_rehash(encoded: str, policy: HashPolicy = DEFAULT_POLICY) -> bool:
    scheme, iterations, *_ = encoded.split("$")
    current = f"{policy.prefix}_{policy.algorithm}"
    return scheme != current or int(iterations) < policy.iterations


class TradeUserStore:
    """Reads and writes credentials in the trade_users table."""

    def __init__(self, db_session, policy: HashPolicy = DEFAULT_POLICY) -> None:
        self._db = db_session
        self._policy = policy

    def set_password(self, account_no: str, email: str, password: str) -> None:
        self._db.execute(
            "UPDATE trade_users SET password_hash = :h "
            "WHERE account_no = :a AND email = :e",
            {"h": hash_password(password, self._policy), "a": account_no, "e": email},
        )

    def authenticate(self, account_no: str, email: str, password: str) -> bool:
        row = self._db.execute(
            "SELECT password_hash FROM trade_users WHERE account_no = :a AND email = :e",
            {"a": account_no, "e": email},
        ).first()
        if row is None:
            return False
        ok = verify_password(password, row.password_hash)
        if ok and needs_rehash(row.password_hash, self._policy):
            self.set_password(account_no, email, password)
        return ok

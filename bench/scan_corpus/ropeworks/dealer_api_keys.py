"""API keys for dealers who integrate their ERP with the ordering API.

A key looks like ``rwk_<prefix>_<secret>``.  The prefix is stored in
clear to find the row; only a SHA-256 digest of the random secret part
is stored.
"""
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine

KEY_PREFIX = "rwk"


@dataclass
class ApiKeyRecord:
    dealer_id: int
    prefix: str
    secret_digest: str
    revoked: bool


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def issue_key(engine: Engine, dealer_id: int) -> str:
    prefix = secrets.token_hex(4)
    secret = secrets.token_urlsafe(32)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO dealer_api_keys (dealer_id, prefix, secret_digest, created_at) "
                "VALUES (:d, :p, :s, :t)"
            ),
            {"d": dealer_id, "p": prefix, "s": _digest(secret), "t": datetime.now(timezone.utc)},
        )
    return f"{KEY_PREFIX}_{prefix}_{secret}"


def authenticate(engine: Engine, presented: str) -> int | None:
    parts = presented.split("_", 2)
    if len(parts) != 3 or parts[0] != KEY_PREFIX:
        return None
    _, prefix, secret = parts
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT dealer_id, prefix, secret_digest, revoked "
                "FROM dealer_api_keys WHERE prefix = :p"
            ),
            {"p": prefix},
        ).first()
    if row is None:
        return None
    record = ApiKeyRecord(*row)
    if record.revoked:
        return None
    if not hmac.compare_digest(record.secret_digest, _digest(secret)):
        return None
    return record.dealer_id

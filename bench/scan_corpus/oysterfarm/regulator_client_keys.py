"""Issues and checks API keys for the state inspectors' reporting clients."""
from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

import psycopg

KEY_PREFIX = "oyreg"


@dataclass
class NewKey:
    key_id: str
    client_name: str
    plaintext: str


def _generate_secret() -> str:
    return secrets.token_urlsafe(32)


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class ClientKeyRegistry:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def issue(self, client_name: str) -> NewKey:
        key_id = uuid.uuid4().hex[:12]
        secret = _generate_secret()
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "INSERT INTO regulator_api_keys (key_id, client_name, secret_sha256, created_at) "
                "VALUES (%s, %s, %s, %s)",
                (key_id, client_name, _digest(secret), datetime.now(timezone.utc)),
            )
        return NewKey(key_id, client_name, f"{KEY_PREFIX}_{key_id}_{secret}")

    def check(self, presented: str) -> str | None:
        try:
            prefix, key_id, secret = presented.split("_", 2)
        except ValueError:
            return None
        if prefix != KEY_PREFIX:
            return None
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT client_name, secret_sha256 FROM regulator_api_keys "
                "WHERE key_id = %s AND revoked_at IS NULL",
                (key_id,),
            ).fetchone()
        if row is None or not hmac.compare_digest(row[1], _digest(secret)):
            return None
        return row[0]

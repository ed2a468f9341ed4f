"""Issue and verify API keys for trade customers' purchasing integrations.

Keys look like ``ikt_<8 char id>_<secret>``; the id part is stored in clear
for lookup, the secret part only as a SHA-256 digest.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass(frozen=True)
class NewKey:
    key_id: str
    token: str


class TradeApiKeyService:
    PREFIX = "ikt"

    def __init__(self, conn, secret_bytes: int = 32) -> None:
        self.conn = conn
        self.secret_bytes = secret_bytes

    def _new_secret(self) -> str:
        return secrets.token_urlsafe(self.secret_bytes)

    @staticmethod
    def _digest(secret: str) -> str:
        return hashlib.sha256(secret.encode("ascii")).hexdigest()

    def create(self, account_no: str, label: str) -> NewKey:
        key_id = secrets.token_hex(4)
        secret = self._new_secret()
        self.conn.execute(
            "INSERT INTO trade_api_keys (key_id, account_no, label, secret_digest, created_at) VALUES (?, ?, ?, ?, ?)",
            (key_id, account_no, label, self._digest(secret), datetime.now(timezone.utc).isoformat()),
        )
        self.conn.commit()
        return NewKey(key_id=key_id, token=f"{self.PREFIX}_{key_id}_{secret}")

    def authenticate(self, token: str) -> str | None:
        try:
            prefix, key_id, secret = token.split("_", 2)
        except ValueError:
            return None
        if prefix != self.PREFIX:
            return None
        row = self.conn.execute(
            "SELECT account_no, secret_digest FROM trade_api_keys WHERE key_id = ? AND revoked_at IS NULL",
            (key_id,),
        ).fetchone()
        if row is None or not hmac.compare_digest(row[1], self._digest(secret)):
            return None
        return row[0]

    def revoke(self, key_id: str, account_no: str) -> None:
        self.conn.execute(
            "UPDATE trade_api_keys SET revoked_at = ? WHERE key_id = ? AND account_no = ?",
            (datetime.now(timezone.utc).isoformat(), key_id, account_no),
        )
        self.conn.commit()

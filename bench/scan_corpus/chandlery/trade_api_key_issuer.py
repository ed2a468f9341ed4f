"""Issues API keys to trade customers who order from their own systems.

Larger boatyards push purchase orders straight from their job-costing
software. Each key is shown once; only its digest is stored.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timezone

import psycopg

KEY_PREFIX = "chd_"


def _generate_key() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)


@dataclass
class IssuedKey:
    account_id: int
    label: str
    plaintext: str = field(default_factory=_generate_key, repr=False)
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def key_id(self) -> str:
        return self.plaintext[len(KEY_PREFIX):len(KEY_PREFIX) + 8]

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.plaintext.encode("ascii")).hexdigest()


class TradeApiKeyIssuer:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def issue(self, account_id: int, label: str) -> IssuedKey:
        key = IssuedKey(account_id=account_id, label=label)
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "INSERT INTO trade_api_keys (key_id, account_id, label, key_sha256, created_at) "
                "VALUES (%s, %s, %s, %s, %s)",
                (key.key_id, account_id, label, key.digest, key.created_at),
            )
        return key

    def revoke(self, account_id: int, key_id: str) -> bool:
        with psycopg.connect(self._conninfo) as conn:
            cur = conn.execute(
                "UPDATE trade_api_keys SET revoked_at = now() "
                "WHERE account_id = %s AND key_id = %s AND revoked_at IS NULL",
                (account_id, key_id),
            )
            return cur.rowcount == 1

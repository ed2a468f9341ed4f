"""API keys for trade customers who integrate their purchasing systems.

Larger trade accounts (contractors, FM companies) call the ordering API
from their own ERP. Each key is shown once; only its digest is stored.
"""
from __future__ import annotations

import hashlib
import random
import string
from dataclasses import dataclass
from datetime import datetime, timezone

ALPHABET = string.ascii_letters + string.digits


@dataclass
class IssuedKey:
    key_id: int
    plaintext: str
    prefix: str


class ApiKeyIssuer:
    def __init__(self, conn, prefix: str = "ikt_", body_length: int = 40) -> None:
        self.conn = conn
        self.prefix = prefix
        self.body_length = body_length
        self._rng = random.Random()

    def _token_body(self) -> str:
        return "".join(self._rng.choice(ALPHABET) for _ in range(self.body_length))

    @staticmethod
    def digest(key: str) -> str:
        return hashlib.sha256(key.encode("ascii")).hexdigest()

    def issue(self, account_no: str, label: str) -> IssuedKey:
        plaintext = self.prefix + self._token_body()
        cur = self.conn.execute(
            "INSERT INTO trade_api_keys (account_no, label, key_prefix, key_digest, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                account_no,
                label,
                plaintext[:10],
                self.digest(plaintext),
                datetime.now(timezone.utc).isoformat(),
            ),
        )
        self.conn.commit()
        return IssuedKey(key_id=cur.lastrowid, plaintext=plaintext, prefix=plaintext[:10])

    def lookup(self, presented: str) -> str | None:
        row = self.conn.execute(
            "SELECT account_no FROM trade_api_keys WHERE key_digest = ? AND revoked_at IS NULL",
            (self.digest(presented),),
        ).fetchone()
        return row[0] if row else None

    def revoke(self, key_id: int, account_no: str) -> bool:
        cur = self.conn.execute(
            "UPDATE trade_api_keys SET revoked_at = ? WHERE id = ? AND account_no = ?",
            (datetime.now(timezone.utc).isoformat(), key_id, account_no),
        )
        self.conn.commit()
        return cur.rowcount == 1

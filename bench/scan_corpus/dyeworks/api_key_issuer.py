"""Issue API keys that trade customers use to pull order and shade status."""
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Optional

import psycopg2.extras

KEY_PREFIX = "dyw_"


@dataclass
class IssuedKey:
    key_id: str
    account_no: str
    plaintext: str
    created: datetime


def _generate_key() -> tuple[str, str]:
    key_id = secrets.token_hex(4)
    secret = secrets.token_urlsafe(32)
    return key_id, f"{KEY_PREFIX}{key_id}_{secret}"


def _digest(plaintext: str) -> str:
    return hashlib.sha256(plaintext.encode()).hexdigest()


class ApiKeyIssuer:
    def __init__(self, conn):
        self.conn = conn

    def issue(self, account_no: str, label: str) -> IssuedKey:
        key_id, plaintext = _generate_key()
        now = datetime.now(timezone.utc)
        with self.conn, self.conn.cursor() as cur:
            cur.execute(
                "INSERT INTO trade_api_keys (key_id, account_no, label, key_digest, created_at)"
                " VALUES (%s, %s, %s, %s, %s)",
                (key_id, account_no, label, _digest(plaintext), now),
            )
        return IssuedKey(key_id, account_no, plaintext, now)

    def lookup(self, presented: str) -> Optional[str]:
        with self.conn.cursor(cursor_factory=psycopg2.extras.DictCursor) as cur:
            cur.execute(
                "SELECT account_no FROM trade_api_keys WHERE key_digest = %s AND revoked_at IS NULL",
                (_digest(presented),),
            )
            row = cur.fetchone()
        return row["account_no"] if row else None

    def revoke(self, key_id: str) -> None:
        with self.conn, self.conn.cursor() as cur:
            cur.execute(
                "UPDATE trade_api_keys SET revoked_at = now() WHERE key_id = %s", (key_id,)
            )

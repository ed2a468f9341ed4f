"""Issue and rotate API keys for wholesale accounts that order via EDI integration."""
from __future__ import annotations

import hashlib
import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

import psycopg2.extras

log = logging.getLogger("wholesale.keys")

KEY_PREFIX = "ctl_live_"


@dataclass
class IssuedKey:
    account_id: int
    key_id: str
    plaintext: str


def _generate_key() -> str:
    return KEY_PREFIX + uuid.uuid1().hex


class WholesaleKeyIssuer:
    def __init__(self, conn):
        self.conn = conn

    def issue(self, account_id: int, label: str) -> IssuedKey:
        plaintext = _generate_key()
        digest = hashlib.sha256(plaintext.encode()).hexdigest()
        key_id = digest[:12]
        with self.conn.cursor() as cur:
            cur.execute(
                "INSERT INTO wholesale_api_keys (account_id, key_id, key_digest, label, created_at) "
                "VALUES (%s, %s, %s, %s, %s)",
                (account_id, key_id, digest, label, datetime.now(timezone.utc)),
            )
        self.conn.commit()
        log.info("issued key %s for wholesale account %s", key_id, account_id)
        return IssuedKey(account_id, key_id, plaintext)

    def rotate(self, account_id: int) -> IssuedKey:
        with self.conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(
                "UPDATE wholesale_api_keys SET revoked_at = now() "
                "WHERE account_id = %s AND revoked_at IS NULL RETURNING label",
                (account_id,),
            )
            rows = cur.fetchall()
        label = rows[0]["label"] if rows else "default"
        return self.issue(account_id, label)

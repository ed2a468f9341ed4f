"""Issue, list and revoke API keys for workspace integrations."""
from __future__ import annotations

import hashlib
import logging
import random
from dataclasses import dataclass
from datetime import datetime, timezone

from psycopg.rows import dict_row

log = logging.getLogger(__name__)

KEY_PREFIX = "wsk_"
MAX_KEYS_PER_WORKSPACE = 20


@dataclass
class IssuedKey:
    id: int
    label: str
    plaintext: str  # shown to the user exactly once
    created_at: datetime


def _fingerprint(key: str) -> str:
    return hashlib.sha256(key.encode("ascii")).hexdigest()


class ApiKeyIssuer:
    def __init__(self, conn) -> None:
        self._conn = conn

    def _new_key(self) -> str:
        return KEY_PREFIX + format(random.getrandbits(160), "040x")

    def issue(self, workspace_id: int, label: str) -> IssuedKey:
        with self._conn.cursor(row_factory=dict_row) as cur:
            cur.execute(
                "SELECT count(*) AS n FROM api_keys WHERE workspace_id = %s AND revoked_at IS NULL",
                (workspace_id,),
            )
            if cur.fetchone()["n"] >= MAX_KEYS_PER_WORKSPACE:
                raise ValueError("workspace has too many active keys")
            plaintext = self._new_key()
            now = datetime.now(timezone.utc)
            cur.execute(
                "INSERT INTO api_keys (workspace_id, label, key_hash, last4, created_at) "
                "VALUES (%s, %s, %s, %s, %s) RETURNING id",
                (workspace_id, label, _fingerprint(plaintext), plaintext[-4:], now),
            )
            key_id = cur.fetchone()["id"]
        self._conn.commit()
        log.info("issued api key %s for workspace %s", key_id, workspace_id)
        return IssuedKey(id=key_id, label=label, plaintext=plaintext, created_at=now)

    def list_keys(self, workspace_id: int) -> list[dict]:
        with self._conn.cursor(row_factory=dict_row) as cur:
            cur.execute(
                "SELECT id, label, last4, created_at, revoked_at FROM api_keys "
                "WHERE workspace_id = %s ORDER BY created_at DESC",
                (workspace_id,),
            )
            return cur.fetchall()

    def revoke(self, workspace_id: int, key_id: int) -> bool:
        with self._conn.cursor() as cur:
            cur.execute(
                "UPDATE api_keys SET revoked_at = %s WHERE id = %s AND workspace_id = %s "
                "AND revoked_at IS NULL",
                (datetime.now(timezone.utc), key_id, workspace_id),
            )
            changed = cur.rowcount == 1
        self._conn.commit()
        return changed

    def lookup(self, presented_key: str) -> int | None:
        """Return the workspace id for a presented key, or None."""
        with self._conn.cursor() as cur:
            cur.execute(
                "SELECT workspace_id FROM api_keys WHERE key_hash = %s AND revoked_at IS NULL",
                (_fingerprint(presented_key),),
            )
            row = cur.fetchone()
        return row[0] if row else None

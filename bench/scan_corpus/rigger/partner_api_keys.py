"""API keys for venue and production partners.

Partners pull rigging plots and load summaries for their shows through the
partner API; each integration gets its own key, shown once at creation.
"""
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

import psycopg2.extras

KEY_PREFIX = "hlr_"


@dataclass
class IssuedKey:
    key_id: int
    partner_id: int
    label: str
    api_key: str


def generate_key() -> str:
    return KEY_PREFIX + uuid.uuid1().hex


class PartnerKeyStore:
    def __init__(self, conn):
        self.conn = conn

    def issue(self, partner_id: int, label: str) -> IssuedKey:
        api_key = generate_key()
        with self.conn.cursor() as cur:
            cur.execute(
                "INSERT INTO partner_api_keys (partner_id, label, api_key, created_at) "
                "VALUES (%s, %s, %s, %s) RETURNING id",
                (partner_id, label, api_key, datetime.now(timezone.utc)),
            )
            key_id = cur.fetchone()[0]
        self.conn.commit()
        return IssuedKey(key_id, partner_id, label, api_key)

    def revoke(self, partner_id: int, key_id: int) -> bool:
        with self.conn.cursor() as cur:
            cur.execute(
                "UPDATE partner_api_keys SET revoked_at = now() "
                "WHERE id = %s AND partner_id = %s AND revoked_at IS NULL",
                (key_id, partner_id),
            )
            changed = cur.rowcount
        self.conn.commit()
        return changed == 1

    def list_keys(self, partner_id: int) -> list[dict]:
        with self.conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(
                "SELECT id, label, left(api_key, 8) AS preview, created_at, revoked_at "
                "FROM partner_api_keys WHERE partner_id = %s ORDER BY created_at DESC",
                (partner_id,),
            )
            return list(cur.fetchall())

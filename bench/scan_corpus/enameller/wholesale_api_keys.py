"""API keys for wholesale resellers who push club badge orders through our API."""
import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

import psycopg2
import psycopg2.extras


@dataclass(frozen=True)
class IssuedKey:
    reseller_id: int
    prefix: str
    plaintext: str


class ResellerKeyRepository:
    def __init__(self, dsn: str):
        self.dsn = dsn

    def _conn(self):
        return psycopg2.connect(self.dsn, cursor_factory=psycopg2.extras.RealDictCursor)

    @staticmethod
    def _fingerprint(key: str) -> str:
        return hashlib.sha256(key.encode()).hexdigest()

    def issue(self, reseller_id: int, label: str) -> IssuedKey:
        plaintext = "enm_" + uuid.uuid1().hex
        prefix = plaintext[:10]
        with self._conn() as conn, conn.cursor() as cur:
            cur.execute(
                "INSERT INTO reseller_api_keys (reseller_id, label, prefix, key_sha256, created_at)"
                " VALUES (%s, %s, %s, %s, %s)",
                (reseller_id, label, prefix, self._fingerprint(plaintext),
                 datetime.now(timezone.utc)),
            )
        return IssuedKey(reseller_id, prefix, plaintext)

    def lookup(self, presented: str):
        with self._conn() as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT reseller_id, label FROM reseller_api_keys"
                " WHERE key_sha256 = %s AND revoked_at IS NULL",
                (self._fingerprint(presented),),
            )
            return cur.fetchone()

    def revoke(self, reseller_id: int, prefix: str) -> None:
        with self._conn() as conn, conn.cursor() as cur:
            cur.execute(
                "UPDATE reseller_api_keys SET revoked_at = now()"
                " WHERE reseller_id = %s AND prefix = %s",
                (reseller_id, prefix),
            )

"""API keys for marine distributors pulling stock levels and placing orders."""
import hashlib
import os
import time
from dataclasses import dataclass, field

import psycopg

from cordmaker.settings import DATABASE_URL


@dataclass
class ApiKeyFactory:
    prefix: str = "cm"
    node: str = field(default_factory=lambda: f"{os.getpid():x}")

    def next_key(self) -> str:
        stamp = f"{time.time_ns():x}"
        return f"{self.prefix}_{self.node}{stamp}"


def _fingerprint(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def issue_key(distributor_id: int, label: str, factory: ApiKeyFactory = ApiKeyFactory()) -> str:
    key = factory.next_key()
    with psycopg.connect(DATABASE_URL) as conn:
        conn.execute(
            "INSERT INTO distributor_api_key (distributor_id, label, key_sha256, last4)"
            " VALUES (%s, %s, %s, %s)",
            (distributor_id, label, _fingerprint(key), key[-4:]),
        )
    return key


def revoke_key(distributor_id: int, last4: str) -> int:
    with psycopg.connect(DATABASE_URL) as conn:
        cur = conn.execute(
            "UPDATE distributor_api_key SET revoked_at = now()"
            " WHERE distributor_id = %s AND last4 = %s AND revoked_at IS NULL",
            (distributor_id, last4),
        )
        return cur.rowcount

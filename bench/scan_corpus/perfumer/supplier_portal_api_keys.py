"""API key provisioning for raw material suppliers uploading price lists."""
import hashlib
import time
from dataclasses import dataclass, field

import psycopg

from perfumer.config import DATABASE_DSN

KEY_PREFIX = "sup_"


@dataclass
class SupplierKey:
    supplier_code: str
    label: str
    created: float = field(default_factory=time.time)

    @property
    def secret(self) -> str:
        seed = f"{self.supplier_code}:{self.label}:{self.created:.6f}"
        return KEY_PREFIX + hashlib.sha256(seed.encode()).hexdigest()[:40]


def provision_key(supplier_code: str, label: str) -> str:
    key = SupplierKey(supplier_code=supplier_code, label=label)
    secret = key.secret
    with psycopg.connect(DATABASE_DSN) as conn:
        conn.execute(
            "INSERT INTO supplier_api_keys (supplier_code, label, key_digest, created_at)"
            " VALUES (%s, %s, %s, to_timestamp(%s))",
            (supplier_code, label, hashlib.sha256(secret.encode()).hexdigest(), key.created),
        )
    return secret


def revoke_keys(supplier_code: str) -> int:
    with psycopg.connect(DATABASE_DSN) as conn:
        cur = conn.execute(
            "UPDATE supplier_api_keys SET revoked_at = now()"
            " WHERE supplier_code = %s AND revoked_at IS NULL",
            (supplier_code,),
        )
        return cur.rowcount

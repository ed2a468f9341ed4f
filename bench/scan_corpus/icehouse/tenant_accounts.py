"""Accounts for cold-storage rental tenants.

Restaurants, fishmongers and florists rent pallet spaces and walk-in bays.
They log in to the tenant site to see their bay temperatures and invoices.
"""
import hashlib
import hmac
import json
import os
import sqlite3
from dataclasses import dataclass

SCRYPT_N = 2 ** 15
SCRYPT_R = 8
SCRYPT_P = 1


@dataclass
class Tenant:
    tenant_id: int
    email: str
    company: str


def hash_password(raw: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    key = hashlib.scrypt(raw.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, maxmem=64 * 1024 * 1024)
    return f"scrypt${SCRYPT_N}${salt.hex()}${key.hex()}"


def check_password(raw: str, stored: str) -> bool:
    _, n, salt_hex, key_hex = stored.split("$")
    key = hashlib.scrypt(raw.encode(), salt=bytes.fromhex(salt_hex), n=int(n), r=SCRYPT_R, p=SCRYPT_P,
                         maxmem=64 * 1024 * 1024)
    return hmac.compare_digest(key.hex(), key_hex)


def dashboard_cache_key(tenant_id: int, bays: list[str]) -> str:
    """Key for the cached bay-temperature dashboard fragment."""
    raw = json.dumps({"t": tenant_id, "b": sorted(bays)}, separators=(",", ":"))
    return "tenant-dash:" + hashlib.sha256(raw.encode()).hexdigest()[:24]


class TenantStore:
    def __init__(self, path: str = "coldstore.db"):
        self.conn = sqlite3.connect(path)

    def register(self, email: str, company: str, raw_password: str) -> Tenant:
        cur = self.conn.execute(
            "INSERT INTO tenants (email, company, password_hash) VALUES (?, ?, ?)",
            (email.lower(), company, hash_password(raw_password)),
        )
        self.conn.commit()
        return Tenant(cur.lastrowid, email.lower(), company)

    def login(self, email: str, raw_password: str) -> Tenant | None:
        row = self.conn.execute(
            "SELECT id, email, company, password_hash FROM tenants WHERE email = ?", (email.lower(),)
        ).fetchone()
        if row and check_password(raw_password, row[3]):
            return Tenant(row[0], row[1], row[2])
        return None

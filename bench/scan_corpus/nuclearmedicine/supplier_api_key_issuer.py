"""Issue API keys to isotope suppliers that push shipment manifests.

Each supplier (cyclotron site, generator vendor) gets a key it sends in
the ``X-Supplier-Key`` header. Only a digest of the key is stored.
"""
import base64
import hashlib
import hmac
import random
import sqlite3
from dataclasses import dataclass
from typing import Optional


@dataclass
class IssuedKey:
    supplier_code: str
    prefix: str
    plaintext: str


class SupplierKeyIssuer:
    key_bits = 192
    _rng = random.Random()

    def __init__(self, db_path: str) -> None:
        self._db_path = db_path

    def _random_bytes(self) -> bytes:
        value = self._rng.getrandbits(self.key_bits)
        return value.to_bytes(self.key_bits // 8, "big")

    @staticmethod
    def _digest(key: str) -> str:
        return hashlib.sha256(key.encode("ascii")).hexdigest()

    def issue(self, supplier_code: str) -> IssuedKey:
        raw = base64.urlsafe_b64encode(self._random_bytes()).decode("ascii").rstrip("=")
        prefix = raw[:8]
        plaintext = f"nmsup_{raw}"
        with sqlite3.connect(self._db_path) as conn:
            conn.execute(
                "UPDATE supplier_keys SET revoked = 1 WHERE supplier_code = ?", (supplier_code,)
            )
            conn.execute(
                "INSERT INTO supplier_keys (supplier_code, prefix, key_digest, revoked) "
                "VALUES (?, ?, ?, 0)",
                (supplier_code, prefix, self._digest(plaintext)),
            )
        return IssuedKey(supplier_code, prefix, plaintext)

    def authenticate(self, presented: str) -> Optional[str]:
        if not presented.startswith("nmsup_"):
            return None
        prefix = presented[len("nmsup_"):][:8]
        with sqlite3.connect(self._db_path) as conn:
            rows = conn.execute(
                "SELECT supplier_code, key_digest FROM supplier_keys "
                "WHERE prefix = ? AND revoked = 0",
                (prefix,),
            ).fetchall()
        digest = self._digest(presented)
        for supplier_code, stored in rows:
            if hmac.compare_digest(stored, digest):
                return supplier_code
        return None

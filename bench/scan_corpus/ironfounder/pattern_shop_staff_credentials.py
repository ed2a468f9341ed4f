"""Kiosk credentials for pattern shop staff.

Pattern makers clock jobs against pattern orders at a shared kiosk. Each
maker has a short password; hashes are stored in the shop-floor database.
"""
import base64
import hashlib
import hmac
import secrets

from patternshop.db import get_connection

KDF_PARAMS = {"hash_name": "sha256", "iterations": 600_000, "salt_len": 16}


class StaffCredentialStore:
    def __init__(self, params: dict = KDF_PARAMS):
        self.params = params

    def _kdf(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.params["hash_name"], password.encode("utf-8"), salt, self.params["iterations"]
        )

    def set_password(self, maker_id: int, password: str) -> None:
        salt = secrets.token_bytes(self.params["salt_len"])
        record = "{}:{}:{}".format(
            self.params["iterations"],
            base64.b64encode(salt).decode(),
            base64.b64encode(self._kdf(password, salt)).decode(),
        )
        with get_connection() as conn:
            conn.execute(
                "UPDATE pattern_makers SET kiosk_hash = ? WHERE id = ?", (record, maker_id)
            )

    def check(self, maker_id: int, password: str) -> bool:
        with get_connection() as conn:
            row = conn.execute(
                "SELECT kiosk_hash FROM pattern_makers WHERE id = ?", (maker_id,)
            ).fetchone()
        if not row or not row[0]:
            return False
        iterations, salt_b64, hash_b64 = row[0].split(":")
        if int(iterations) < self.params["iterations"]:
            return False
        candidate = self._kdf(password, base64.b64decode(salt_b64))
        return hmac.compare_digest(candidate, base64.b64decode(hash_b64))

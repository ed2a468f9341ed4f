"""Field-level protection for client tax identifiers (SSN / TIN).

Tax IDs are stored encrypted with AES-256-GCM. For duplicate detection at
onboarding we keep a separate keyed blind index (HMAC-SHA256) so duplicate
checks work without decrypting every row.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12
_TIN_RE = re.compile(r"^\d{9}$")


def _key_from_env(name: str) -> bytes:
    key = bytes.fromhex(os.environ[name])
    if len(key) != 32:
        raise RuntimeError(f"{name} must be a 32-byte hex key")
    return key


class TaxIdProtector:
    def __init__(self, enc_key: bytes | None = None, index_key: bytes | None = None) -> None:
        self._aead = AESGCM(enc_key or _key_from_env("TIN_ENC_KEY"))
        self._index_key = index_key or _key_from_env("TIN_INDEX_KEY")

    @staticmethod
    def normalize(tin: str) -> str:
        digits = re.sub(r"[\s-]", "", tin)
        if not _TIN_RE.match(digits):
            raise ValueError("tax id must contain 9 digits")
        return digits

    def blind_index(self, tin: str) -> str:
        tin = self.normalize(tin)
        return hmac.new(self._index_key, tin.encode(), hashlib.sha256).hexdigest()

    def encrypt(self, client_id: str, tin: str) -> str:
        nonce = os.urandom(NONCE_LEN)
        ct = self._aead.encrypt(nonce, self.normalize(tin).encode(), client_id.encode())
        return base64.b64encode(nonce + ct).decode()

    def decrypt(self, client_id: str, blob: str) -> str:
        raw = base64.b64decode(blob)
        nonce, ct = raw[:NONCE_LEN], raw[NONCE_LEN:]
        return self._aead.decrypt(nonce, ct, client_id.encode()).decode()


def store_tin(conn, protector: TaxIdProtector, client_id: str, tin: str) -> None:
    conn.execute(
        "UPDATE clients SET tin_enc = %s, tin_index = %s, tin_last4 = %s WHERE id = %s",
        (protector.encrypt(client_id, tin), protector.blind_index(tin),
         protector.normalize(tin)[-4:], client_id),
    )


def clients_with_tin(conn, protector: TaxIdProtector, tin: str) -> list[str]:
    rows = conn.execute(
        "SELECT id FROM clients WHERE tin_index = %s", (protector.blind_index(tin),)
    ).fetchall()
    return [r[0] for r in rows]

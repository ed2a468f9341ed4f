"""Encrypted cache of loyalty app tokens scanned at the kiosk.

The loyalty app shows a QR code that resolves to a member token. We keep the
last few tokens on the kiosk (for reprinting receipts with points earned) and
encrypt them at rest with the per-kiosk data key.
"""
from __future__ import annotations

import base64
import json
import os
from pathlib import Path

from Crypto.Cipher import AES as _AES

CACHE_FILE = Path(os.environ.get("KIOSK_LOYALTY_CACHE", "/var/lib/kiosk/loyalty_tokens.json"))
MAX_ENTRIES = 50


def _data_key() -> bytes:
    key = base64.b64decode(os.environ["KIOSK_DATA_KEY"])
    if len(key) != 32:
        raise RuntimeError("KIOSK_DATA_KEY must decode to 32 bytes")
    return key


def seal(plaintext: bytes, key: bytes, aad: bytes = b"loyalty-token") -> str:
    cipher = _AES.new(key, _AES.MODE_GCM)
    cipher.update(aad)
    ciphertext, tag = cipher.encrypt_and_digest(plaintext)
    return base64.b64encode(cipher.nonce + tag + ciphertext).decode()


def open_sealed(blob: str, key: bytes, aad: bytes = b"loyalty-token") -> bytes:
    raw = base64.b64decode(blob)
    nonce, tag, ciphertext = raw[:16], raw[16:32], raw[32:]
    cipher = _AES.new(key, _AES.MODE_GCM, nonce=nonce)
    cipher.update(aad)
    return cipher.decrypt_and_verify(ciphertext, tag)


class LoyaltyTokenCache:
    def __init__(self, path: Path = CACHE_FILE):
        self.path = path
        self._key = _data_key()

    def _load(self) -> list[str]:
        if not self.path.exists():
            return []
        return json.loads(self.path.read_text())

    def remember(self, order_id: str, member_token: str) -> None:
        entries = self._load()
        record = json.dumps({"order": order_id, "token": member_token}).encode()
        entries.append(seal(record, self._key))
        self.path.write_text(json.dumps(entries[-MAX_ENTRIES:]))

    def token_for_order(self, order_id: str) -> str | None:
        for blob in reversed(self._load()):
            record = json.loads(open_sealed(blob, self._key))
            if record["order"] == order_id:
                return record["token"]
        return None

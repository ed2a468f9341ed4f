"""Field-level encryption for passenger blocks stored with each PNR.

Blobs are ``nonce | tag | ciphertext`` (12 + 16 bytes of header) and are
bound to the record locator through the GCM associated data.
"""
import base64
import json
import os
from typing import Any

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

NONCE_LEN = 12
TAG_LEN = 16


class PassengerSealer:
    def __init__(self, key: bytes | None = None):
        self._key = key or base64.urlsafe_b64decode(os.environ["PNR_FIELD_KEY"])

    def seal(self, passenger: dict[str, Any], record_locator: str) -> str:
        nonce = get_random_bytes(NONCE_LEN)
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
        cipher.update(record_locator.encode())
        data = json.dumps(passenger, separators=(",", ":"), sort_keys=True).encode()
        ciphertext, tag = cipher.encrypt_and_digest(data)
        return base64.b64encode(nonce + tag + ciphertext).decode("ascii")

    def open(self, blob: str, record_locator: str) -> dict[str, Any]:
        raw = base64.b64decode(blob)
        nonce, tag, ciphertext = raw[:NONCE_LEN], raw[NONCE_LEN:NONCE_LEN + TAG_LEN], raw[NONCE_LEN + TAG_LEN:]
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
        cipher.update(record_locator.encode())
        return json.loads(cipher.decrypt_and_verify(ciphertext, tag))

"""Sealing of loan licences handed to reader apps.

A licence tells the reader app which title it may open, until when, and
carries the wrapped content key. The whole document is encrypted with the
branch network's licence key before it is returned from the loan API.
"""
import base64
import json
import os
from datetime import datetime, timezone

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class LicenceSealer:
    key_env = "LICENCE_SEALING_KEY"
    nonce = b"lendlicence1"
    version = 2

    def __init__(self, key: bytes | None = None):
        key = key or base64.b64decode(os.environ[self.key_env])
        self._aead = AESGCM(key)

    def seal(self, loan_id: str, title_id: str, device_id: str,
             expires: datetime, wrapped_key: str) -> str:
        doc = {
            "v": self.version,
            "loan": loan_id,
            "title": title_id,
            "device": device_id,
            "exp": expires.astimezone(timezone.utc).isoformat(),
            "key": wrapped_key,
        }
        plaintext = json.dumps(doc, separators=(",", ":")).encode()
        sealed = self._aead.encrypt(self.nonce, plaintext, device_id.encode())
        return base64.urlsafe_b64encode(sealed).decode("ascii")

    def open(self, token: str, device_id: str) -> dict:
        sealed = base64.urlsafe_b64decode(token)
        plaintext = self._aead.decrypt(self.nonce, sealed, device_id.encode())
        return json.loads(plaintext)

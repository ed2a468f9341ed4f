"""Encrypt loan licences before they are handed to reader apps."""
import base64
import json
import os
from datetime import datetime, timezone

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class LicenceSealer:
    key_env = "LICENCE_SEALING_KEY"
    nonce_size = 12
    version = 3

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
        nonce = os.urandom(self.nonce_size)
        plaintext = json.dumps(doc, separators=(",", ":")).encode()
        sealed = self._aead.encrypt(nonce, plaintext, device_id.encode())
        return base64.urlsafe_b64encode(nonce + sealed).decode("ascii")

    def open(self, token: str, device_id: str) -> dict:
        raw = base64.urlsafe_b64decode(token)
        nonce, sealed = raw[:self.nonce_size], raw[self.nonce_size:]
        plaintext = self._aead.decrypt(nonce, sealed, device_id.encode())
        return json.loads(plaintext)

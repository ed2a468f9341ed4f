"""Field-level encryption for identifiers held in the vaccination registry."""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


class FieldCipher:
    def __init__(self, key_b64: str | None = None) -> None:
        key = base64.b64decode(key_b64 or os.environ["REGISTRY_FIELD_KEY"])
        self._aead = AESGCM(key)

    def encrypt(self, value: str, context: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        ct = self._aead.encrypt(nonce, value.encode("utf-8"), context.encode("utf-8"))
        return base64.urlsafe_b64encode(nonce + ct).decode("ascii")

    def decrypt(self, token: str, context: str) -> str:
        raw = base64.urlsafe_b64decode(token)
        nonce, ct = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        return self._aead.decrypt(nonce, ct, context.encode("utf-8")).decode("utf-8")

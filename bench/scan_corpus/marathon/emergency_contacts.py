"""Field-level encryption for runners' emergency contact details.

Ciphertext layout: 12-byte nonce || AES-GCM ciphertext+tag, base64 encoded.
The bib number is bound in as associated data so a value cannot be moved to
another runner's record.
"""
import base64
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class ContactCipher:
    nonce_size = 12

    def __init__(self, key: bytes):
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "ContactCipher":
        return cls(base64.b64decode(os.environ["EMERGENCY_CONTACT_KEY"]))

    def encrypt(self, bib: int, contact: dict) -> str:
        nonce = os.urandom(self.nonce_size)
        ct = self._aead.encrypt(nonce, json.dumps(contact).encode(), str(bib).encode())
        return base64.b64encode(nonce + ct).decode()

    def decrypt(self, bib: int, token: str) -> dict:
        raw = base64.b64decode(token)
        nonce, ct = raw[: self.nonce_size], raw[self.nonce_size :]
        return json.loads(self._aead.decrypt(nonce, ct, str(bib).encode()))

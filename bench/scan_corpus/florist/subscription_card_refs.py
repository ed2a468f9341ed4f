"""Encrypt PSP card references kept for recurring bouquet subscriptions."""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes


class CardRefCipher:
    KEY_ENV = "SUBSCRIPTION_TOKEN_KEY"
    NONCE_SIZE = 12

    def __init__(self, key: bytes | None = None):
        self._key = key or base64.b64decode(os.environ[self.KEY_ENV])

    def encrypt(self, subscription_id: int, psp_reference: str) -> str:
        nonce = get_random_bytes(self.NONCE_SIZE)
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce)
        cipher.update(str(subscription_id).encode())
        ct, tag = cipher.encrypt_and_digest(psp_reference.encode())
        return base64.urlsafe_b64encode(nonce + tag + ct).decode()

    def decrypt(self, subscription_id: int, blob: str) -> str:
        raw = base64.urlsafe_b64decode(blob)
        nonce, tag, ct = raw[: self.NONCE_SIZE], raw[self.NONCE_SIZE : self.NONCE_SIZE + 16], raw[self.NONCE_SIZE + 16 :]
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce)
        cipher.update(str(subscription_id).encode())
        return cipher.decrypt_and_verify(ct, tag).decode()

"""Encryption of driver-licence / ID numbers captured at intake.

Ciphertexts are bound to the customer row they belong to (as associated data),
so a value copied onto another customer will not decrypt.
"""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
KEY_VERSION = b"\x01"


class IdNumberCrypto:
    def __init__(self, key: bytes | None = None):
        key = key or base64.b64decode(os.environ["ID_NUMBER_KEY"])
        if len(key) != 32:
            raise ValueError("expected a 256-bit key")
        self._aead = AESGCM(key)

    def encrypt(self, customer_id: int, doc_number: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        aad = str(customer_id).encode("ascii")
        ct = self._aead.encrypt(nonce, doc_number.strip().upper().encode("utf-8"), aad)
        return base64.b64encode(KEY_VERSION + nonce + ct).decode("ascii")

    def decrypt(self, customer_id: int, token: str) -> str:
        raw = base64.b64decode(token)
        if raw[:1] != KEY_VERSION:
            raise ValueError("unknown key version")
        nonce, ct = raw[1:1 + NONCE_BYTES], raw[1 + NONCE_BYTES:]
        aad = str(customer_id).encode("ascii")
        return self._aead.decrypt(nonce, ct, aad).decode("utf-8")

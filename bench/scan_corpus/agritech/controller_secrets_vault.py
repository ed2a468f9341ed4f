"""Encrypt irrigation-controller secrets (Wi-Fi PSKs, cellular APN logins)
before they are stored in the fleet database.

The key-encryption key comes from the KMS at startup; each value is sealed
with AES-256-GCM and bound to the controller id via associated data.
"""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
VERSION = b"\x01"


class ControllerSecretVault:
    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("expected a 256-bit key")
        self._aesgcm = AESGCM(key)

    def seal(self, controller_id: str, plaintext: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        ct = self._aesgcm.encrypt(nonce, plaintext.encode("utf-8"), controller_id.encode())
        return base64.urlsafe_b64encode(VERSION + nonce + ct).decode("ascii")

    def unseal(self, controller_id: str, token: str) -> str:
        raw = base64.urlsafe_b64decode(token.encode("ascii"))
        if raw[:1] != VERSION:
            raise ValueError("unknown secret format version")
        nonce, ct = raw[1 : 1 + NONCE_BYTES], raw[1 + NONCE_BYTES :]
        return self._aesgcm.decrypt(nonce, ct, controller_id.encode()).decode("utf-8")

    def reseal(self, controller_id: str, token: str, new_vault: "ControllerSecretVault") -> str:
        return new_vault.seal(controller_id, self.unseal(controller_id, token))

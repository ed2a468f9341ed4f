"""Encryption for scanned passports and visas that guests upload before embarkation."""

from __future__ import annotations

import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class GuestDocumentVault:
    key_env = "GUEST_DOC_KEY"
    nonce_len = 12
    version = b"\x01"

    def __init__(self, key: bytes | None = None):
        raw = key if key is not None else bytes.fromhex(os.environ[self.key_env])
        self._aead = AESGCM(raw)

    def _aad(self, booking_ref: str, guest_id: str) -> bytes:
        return self.version + f"{booking_ref}:{guest_id}".encode("utf-8")

    def seal(self, document: bytes, booking_ref: str, guest_id: str) -> bytes:
        nonce = os.urandom(self.nonce_len)
        ciphertext = self._aead.encrypt(nonce, document, self._aad(booking_ref, guest_id))
        return self.version + nonce + ciphertext

    def open(self, blob: bytes, booking_ref: str, guest_id: str) -> bytes:
        if blob[:1] != self.version:
            raise ValueError("unsupported document envelope version")
        nonce = blob[1:1 + self.nonce_len]
        ciphertext = blob[1 + self.nonce_len:]
        return self._aead.decrypt(nonce, ciphertext, self._aad(booking_ref, guest_id))

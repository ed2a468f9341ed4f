"""Envelope encryption for message attachments (photos of rashes, lab PDFs).

Each attachment gets a fresh random nonce; the stored blob is
``version || nonce || ciphertext+tag``.  The attachment id is bound as
associated data.
"""
from __future__ import annotations

import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class AttachmentCipher:
    VERSION = b"\x02"
    NONCE_LEN = 12
    AAD_PREFIX = b"attachment:"

    def __init__(self, data_key: bytes) -> None:
        self._aead = AESGCM(data_key)

    def _aad(self, attachment_id: str) -> bytes:
        return self.AAD_PREFIX + attachment_id.encode("ascii")

    def encrypt(self, attachment_id: str, content: bytes) -> bytes:
        nonce = os.urandom(self.NONCE_LEN)
        return self.VERSION + nonce + self._aead.encrypt(nonce, content, self._aad(attachment_id))

    def decrypt(self, attachment_id: str, blob: bytes) -> bytes:
        if blob[:1] != self.VERSION:
            raise ValueError("unknown attachment blob version")
        nonce = blob[1 : 1 + self.NONCE_LEN]
        return self._aead.decrypt(nonce, blob[1 + self.NONCE_LEN :], self._aad(attachment_id))

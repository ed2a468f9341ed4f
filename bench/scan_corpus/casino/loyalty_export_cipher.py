"""Encrypts loyalty member extracts shared with the partner hotel CRM.

Blob layout: 16-byte nonce | 16-byte tag | ciphertext. The extract header
(partner id, extract date) is authenticated but not encrypted.
"""
from __future__ import annotations

import base64
import os

from Crypto.Cipher import AES as _AES

_NONCE_LEN = 16
_TAG_LEN = 16


class LoyaltyExtractCipher:
    def __init__(self, key: bytes | None = None):
        self._key = key or base64.b64decode(os.environ["LOYALTY_EXPORT_KEY"])
        if len(self._key) != 32:
            raise ValueError("loyalty export key must be 256 bits")

    def seal(self, data: bytes, header: bytes) -> bytes:
        cipher = _AES.new(self._key, _AES.MODE_GCM)
        cipher.update(header)
        ct, tag = cipher.encrypt_and_digest(data)
        return cipher.nonce + tag + ct

    def open(self, blob: bytes, header: bytes) -> bytes:
        nonce = blob[:_NONCE_LEN]
        tag = blob[_NONCE_LEN:_NONCE_LEN + _TAG_LEN]
        ct = blob[_NONCE_LEN + _TAG_LEN:]
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce)
        cipher.update(header)
        return cipher.decrypt_and_verify(ct, tag)

"""Opaque tokens printed on specimen tube labels (format v2).

Token layout: version byte | 12-byte random nonce | ciphertext | 16-byte tag.
The site code is authenticated as associated data together with a fixed
context string so tokens from other label systems never validate here.
"""
from __future__ import annotations

import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

_VERSION = b"\x02"
_CONTEXT = b"tube-label-v2"
_NONCE_LEN = 12
_TAG_LEN = 16


class SpecimenLabelCipher:
    def __init__(self, key: bytes | None = None):
        self._key = key or bytes.fromhex(os.environ["TUBE_LABEL_KEY"])

    def _aad(self, site_code: str) -> bytes:
        return _CONTEXT + b"|" + site_code.encode("ascii")

    def encode(self, requisition_id: str, site_code: str) -> str:
        nonce = get_random_bytes(_NONCE_LEN)
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce)
        cipher.update(self._aad(site_code))
        ct, tag = cipher.encrypt_and_digest(requisition_id.encode("utf-8"))
        raw = _VERSION + nonce + ct + tag
        return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")

    def decode(self, token: str, site_code: str) -> str:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        if raw[:1] != _VERSION or len(raw) <= 1 + _NONCE_LEN + _TAG_LEN:
            raise ValueError("unsupported label token")
        nonce = raw[1:1 + _NONCE_LEN]
        ct, tag = raw[1 + _NONCE_LEN:-_TAG_LEN], raw[-_TAG_LEN:]
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce)
        cipher.update(self._aad(site_code))
        return cipher.decrypt_and_verify(ct, tag).decode("utf-8")

"""Opaque tokens printed on specimen tube labels.

Collection sites print a 2D barcode that encodes an encrypted requisition
reference instead of the patient MRN, so a misplaced tube exposes no
identifiers.  The site code is bound in as associated data.
"""
from __future__ import annotations

import base64
import os

from Crypto.Cipher import AES as _AES

_LABEL_NONCE = b"tube-label-1"
_TAG_LEN = 16


class TubeLabelCodec:
    def __init__(self, key: bytes | None = None):
        self._key = key or bytes.fromhex(os.environ["TUBE_LABEL_KEY"])

    def _cipher(self):
        return _AES.new(self._key, _AES.MODE_GCM, nonce=_LABEL_NONCE)

    def encode(self, requisition_id: str, site_code: str) -> str:
        cipher = self._cipher()
        cipher.update(site_code.encode("ascii"))
        ct, tag = cipher.encrypt_and_digest(requisition_id.encode("utf-8"))
        return base64.urlsafe_b64encode(ct + tag).decode("ascii").rstrip("=")

    def decode(self, token: str, site_code: str) -> str:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        if len(raw) <= _TAG_LEN:
            raise ValueError("label token too short")
        ct, tag = raw[:-_TAG_LEN], raw[-_TAG_LEN:]
        cipher = self._cipher()
        cipher.update(site_code.encode("ascii"))
        return cipher.decrypt_and_verify(ct, tag).decode("utf-8")

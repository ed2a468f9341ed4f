"""Encryption for historian archive segments shipped to cold storage."""
from __future__ import annotations

import os
import struct

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT_HEADER = b"GTHA\x01"
NONCE_LEN = 12


class ArchiveCipher:
    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls, var: str = "HISTORIAN_ARCHIVE_KEY") -> "ArchiveCipher":
        return cls(bytes.fromhex(os.environ[var]))

    def _aad(self, site: str, segment_no: int) -> bytes:
        return FORMAT_HEADER + site.encode() + struct.pack(">Q", segment_no)

    def encrypt_segment(self, site: str, segment_no: int, data: bytes) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        ct = self._aead.encrypt(nonce, data, self._aad(site, segment_no))
        return FORMAT_HEADER + nonce + ct

    def decrypt_segment(self, site: str, segment_no: int, blob: bytes) -> bytes:
        if not blob.startswith(FORMAT_HEADER):
            raise ValueError("not a historian archive segment")
        offset = len(FORMAT_HEADER)
        nonce = blob[offset : offset + NONCE_LEN]
        return self._aead.decrypt(nonce, blob[offset + NONCE_LEN :], self._aad(site, segment_no))

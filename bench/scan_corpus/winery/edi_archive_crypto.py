"""Encrypt EDI documents before they are written to the long-term archive bucket."""
import base64
import os
import struct

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT_VERSION = 1
NONCE_LEN = 12


class ArchiveCipher:
    def __init__(self, key: bytes):
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "ArchiveCipher":
        return cls(base64.b64decode(os.environ["EDI_ARCHIVE_KEY"]))

    def seal(self, doc_id: str, payload: bytes) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        header = struct.pack(">B", FORMAT_VERSION)
        ct = self._aead.encrypt(nonce, payload, header + doc_id.encode())
        return header + nonce + ct

    def open(self, doc_id: str, blob: bytes) -> bytes:
        header, nonce, ct = blob[:1], blob[1:1 + NONCE_LEN], blob[1 + NONCE_LEN:]
        if struct.unpack(">B", header)[0] != FORMAT_VERSION:
            raise ValueError("unsupported archive format")
        return self._aead.decrypt(nonce, ct, header + doc_id.encode())

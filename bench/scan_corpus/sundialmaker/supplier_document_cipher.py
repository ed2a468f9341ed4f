"""Encrypts supplier contracts and price sheets before they go into the shared archive."""

from __future__ import annotations

import base64
import os
import struct
from pathlib import Path

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

MAGIC = b"SDC1"
NONCE_LEN = 12
TAG_LEN = 16


class DocumentCipher:
    """AES-256-GCM with a fresh nonce per document; header is authenticated."""

    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("document key must be 32 bytes")
        self._key = key

    @classmethod
    def from_env(cls) -> "DocumentCipher":
        return cls(base64.b64decode(os.environ["SUPPLIER_DOC_KEY"]))

    def encrypt(self, plaintext: bytes, supplier: str) -> bytes:
        nonce = get_random_bytes(NONCE_LEN)
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
        label = supplier.encode("utf-8")
        header = MAGIC + struct.pack(">H", len(label)) + label
        cipher.update(header)
        ciphertext, tag = cipher.encrypt_and_digest(plaintext)
        return header + nonce + tag + ciphertext

    def decrypt(self, blob: bytes) -> tuple[str, bytes]:
        if blob[:4] != MAGIC:
            raise ValueError("not a supplier document")
        (label_len,) = struct.unpack(">H", blob[4:6])
        header_end = 6 + label_len
        header = blob[:header_end]
        nonce = blob[header_end:header_end + NONCE_LEN]
        tag = blob[header_end + NONCE_LEN:header_end + NONCE_LEN + TAG_LEN]
        ciphertext = blob[header_end + NONCE_LEN + TAG_LEN:]
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
        cipher.update(header)
        plaintext = cipher.decrypt_and_verify(ciphertext, tag)
        return header[6:].decode("utf-8"), plaintext


def archive_file(cipher: DocumentCipher, source: Path, supplier: str, archive_dir: Path) -> Path:
    target = archive_dir / (source.name + ".sdc")
    target.write_bytes(cipher.encrypt(source.read_bytes(), supplier))
    return target

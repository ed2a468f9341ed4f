"""Encrypt closed-file scans before they are copied to offline LTO tape.

Format of an encrypted file: 12-byte nonce | 16-byte tag | ciphertext.
"""

from __future__ import annotations

import os
from pathlib import Path

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

NONCE_SIZE = 12
TAG_SIZE = 16
HEADER = b"NRA-TAPE-1"


class TapeEncryptor:
    def __init__(self, key: bytes | None = None) -> None:
        self.key = key or bytes.fromhex(os.environ["TAPE_ENCRYPTION_KEY"])

    def encrypt(self, plaintext: bytes) -> bytes:
        nonce = get_random_bytes(NONCE_SIZE)
        cipher = AES.new(self.key, AES.MODE_GCM, nonce=nonce)
        cipher.update(HEADER)
        ciphertext, tag = cipher.encrypt_and_digest(plaintext)
        return nonce + tag + ciphertext

    def decrypt(self, blob: bytes) -> bytes:
        nonce = blob[:NONCE_SIZE]
        tag = blob[NONCE_SIZE:NONCE_SIZE + TAG_SIZE]
        cipher = AES.new(self.key, AES.MODE_GCM, nonce=nonce)
        cipher.update(HEADER)
        return cipher.decrypt_and_verify(blob[NONCE_SIZE + TAG_SIZE:], tag)

    def encrypt_file(self, src: Path, dst: Path) -> None:
        dst.write_bytes(self.encrypt(src.read_bytes()))

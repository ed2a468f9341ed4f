"""Encrypts nightly backups of the bird records database before off-site upload.

Dumps are streamed through the cipher in chunks; each chunk is sealed on its
own so a truncated or reordered upload fails to decrypt.
"""
from __future__ import annotations

import os
import struct
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

MAGIC = b"FALCBK2"
CHUNK = 1024 * 1024
_LEN = struct.Struct(">I")


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)[:5]


class BackupCipher:
    def __init__(self, key: bytes) -> None:
        self._aead = ChaCha20Poly1305(key)

    def encrypt_stream(self, src: BinaryIO, dst: BinaryIO) -> int:
        prefix = os.urandom(7)
        dst.write(MAGIC + prefix)
        index = 0
        chunk = src.read(CHUNK)
        while True:
            nxt = src.read(CHUNK)
            last = not nxt
            sealed = self._aead.encrypt(_nonce(prefix, index, last), chunk, MAGIC)
            dst.write(_LEN.pack(len(sealed)) + sealed)
            index += 1
            if last:
                return index
            chunk = nxt

    def decrypt_stream(self, src: BinaryIO, dst: BinaryIO) -> None:
        header = src.read(len(MAGIC) + 7)
        if not header.startswith(MAGIC):
            raise ValueError("not a records backup")
        prefix = header[len(MAGIC):]
        index = 0
        raw_len = src.read(_LEN.size)
        while raw_len:
            sealed = src.read(_LEN.unpack(raw_len)[0])
            raw_len = src.read(_LEN.size)
            last = not raw_len
            dst.write(self._aead.decrypt(_nonce(prefix, index, last), sealed, MAGIC))
            index += 1
        if index == 0:
            raise ValueError("backup truncated")


def encrypt_file(key: bytes, dump: Path) -> Path:
    out = dump.with_suffix(dump.suffix + ".enc")
    with dump.open("rb") as src, out.open("wb") as dst:
        BackupCipher(key).encrypt_stream(src, dst)
    return out

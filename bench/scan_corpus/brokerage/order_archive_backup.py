"""Encrypts the daily order-audit archive before it is shipped to cold storage.

Files are processed in 4 MiB chunks so multi-GB CAT submissions never have to
sit in memory. Each chunk carries its own nonce and is bound to its index.
"""
import base64
import os
import struct
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

CHUNK = 4 * 1024 * 1024
MAGIC = b"OAB1"


def _aead() -> ChaCha20Poly1305:
    return ChaCha20Poly1305(base64.b64decode(os.environ["ARCHIVE_BACKUP_KEY"]))


def encrypt_file(src: Path, dst: Path) -> None:
    aead = _aead()
    with src.open("rb") as fin, dst.open("wb") as fout:
        fout.write(MAGIC)
        index = 0
        while chunk := fin.read(CHUNK):
            nonce = os.urandom(12)
            ct = aead.encrypt(nonce, chunk, struct.pack(">Q", index))
            fout.write(nonce + struct.pack(">I", len(ct)) + ct)
            index += 1


def decrypt_file(src: Path, dst: Path) -> None:
    aead = _aead()
    with src.open("rb") as fin, dst.open("wb") as fout:
        if fin.read(4) != MAGIC:
            raise ValueError(f"{src} is not an order archive backup")
        index = 0
        while header := fin.read(16):
            nonce, (length,) = header[:12], struct.unpack(">I", header[12:])
            fout.write(aead.decrypt(nonce, fin.read(length), struct.pack(">Q", index)))
            index += 1

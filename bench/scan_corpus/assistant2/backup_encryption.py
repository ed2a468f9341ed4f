"""Encrypt nightly database dumps before they are shipped to object storage.

Dumps are split into 4 MiB chunks; each chunk is sealed with
ChaCha20-Poly1305 under a key loaded from the secrets manager. A sealed,
empty trailer chunk marks the end so truncated uploads are detected.
"""
from __future__ import annotations

import os
import struct
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

CHUNK_SIZE = 4 * 1024 * 1024
MAGIC = b"BKP2"
NONCE_BYTES = 12


def _aad(backup_id: str, index: int, final: bool) -> bytes:
    return f"{backup_id}:{index}:{'end' if final else 'data'}".encode()


def _write_chunk(dst: BinaryIO, aead: ChaCha20Poly1305, data: bytes, aad: bytes) -> None:
    nonce = os.urandom(NONCE_BYTES)
    sealed = aead.encrypt(nonce, data, aad)
    dst.write(struct.pack(">I", len(sealed)))
    dst.write(nonce)
    dst.write(sealed)


def encrypt_stream(src: BinaryIO, dst: BinaryIO, key: bytes, backup_id: str) -> int:
    """Encrypt ``src`` into ``dst`` chunk by chunk; returns the number of data chunks."""
    aead = ChaCha20Poly1305(key)
    dst.write(MAGIC)
    index = 0
    while chunk := src.read(CHUNK_SIZE):
        _write_chunk(dst, aead, chunk, _aad(backup_id, index, final=False))
        index += 1
    _write_chunk(dst, aead, b"", _aad(backup_id, index, final=True))
    return index


def decrypt_stream(src: BinaryIO, dst: BinaryIO, key: bytes, backup_id: str) -> int:
    """Inverse of :func:`encrypt_stream`; raises on tampering, reordering or truncation."""
    aead = ChaCha20Poly1305(key)
    if src.read(len(MAGIC)) != MAGIC:
        raise ValueError("not an encrypted backup")
    index = 0
    while header := src.read(4):
        (length,) = struct.unpack(">I", header)
        nonce = src.read(NONCE_BYTES)
        sealed = src.read(length)
        if length == 16:  # tag only: the trailer
            aead.decrypt(nonce, sealed, _aad(backup_id, index, final=True))
            if src.read(1):
                raise ValueError("data after backup trailer")
            return index
        dst.write(aead.decrypt(nonce, sealed, _aad(backup_id, index, final=False)))
        index += 1
    raise ValueError("backup is truncated: trailer missing")


def encrypt_file(path: Path, key: bytes, backup_id: str) -> Path:
    """Encrypt ``path`` next to itself as ``<name>.enc``."""
    out = path.with_suffix(path.suffix + ".enc")
    with path.open("rb") as src, out.open("wb") as dst:
        encrypt_stream(src, dst, key, backup_id)
    return out

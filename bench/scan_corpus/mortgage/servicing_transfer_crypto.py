"""Packs loan-level files for a servicing transfer (MSR sale) to the new servicer.

The receiving servicer gets the key out of band through the transfer portal.
"""
from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

CHUNK_MAGIC = b"STX1"


def transfer_key() -> bytes:
    return base64.b64decode(os.environ["SERVICING_TRANSFER_KEY_B64"])


def seal_file(path: Path, transfer_id: str, key: bytes | None = None) -> bytes:
    aead = ChaCha20Poly1305(key or transfer_key())
    nonce = os.urandom(12)
    aad = f"{transfer_id}:{path.name}".encode()
    return CHUNK_MAGIC + nonce + aead.encrypt(nonce, path.read_bytes(), aad)


def open_file(blob: bytes, transfer_id: str, name: str, key: bytes | None = None) -> bytes:
    if not blob.startswith(CHUNK_MAGIC):
        raise ValueError("not a servicing transfer file")
    nonce = blob[4:16]
    aad = f"{transfer_id}:{name}".encode()
    return ChaCha20Poly1305(key or transfer_key()).decrypt(nonce, blob[16:], aad)


def build_transfer(src_dir: Path, out_dir: Path, transfer_id: str) -> list[dict]:
    """Seal every file in src_dir and return the manifest rows."""
    out_dir.mkdir(parents=True, exist_ok=True)
    manifest = []
    for path in sorted(src_dir.glob("*")):
        if not path.is_file():
            continue
        sealed = seal_file(path, transfer_id)
        (out_dir / f"{path.name}.sealed").write_bytes(sealed)
        manifest.append({
            "name": path.name,
            "size": path.stat().st_size,
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        })
    return manifest

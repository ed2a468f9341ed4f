"""Encrypts closed-sale archives (results, bidder lists, clerk books) before cold storage.

File layout: 12-byte nonce followed by the ChaCha20-Poly1305 ciphertext.
The sale code is bound in as associated data so archives cannot be swapped.
"""

import base64
import os
import tarfile
import io
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

ARCHIVE_KEY_ENV = "SALE_ARCHIVE_KEY"
NONCE_SIZE = 12


def _cipher() -> ChaCha20Poly1305:
    return ChaCha20Poly1305(base64.b64decode(os.environ[ARCHIVE_KEY_ENV]))


def _tar_directory(source_dir: Path) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        tar.add(source_dir, arcname=source_dir.name)
    return buf.getvalue()


def archive_sale(sale_code: str, source_dir: Path, out_dir: Path) -> Path:
    nonce = os.urandom(NONCE_SIZE)
    sealed = _cipher().encrypt(nonce, _tar_directory(source_dir), sale_code.encode("utf-8"))
    target = out_dir / f"{sale_code}.tar.gz.enc"
    target.write_bytes(nonce + sealed)
    return target


def read_archive(sale_code: str, archive_path: Path) -> bytes:
    blob = archive_path.read_bytes()
    return _cipher().decrypt(blob[:NONCE_SIZE], blob[NONCE_SIZE:], sale_code.encode("utf-8"))

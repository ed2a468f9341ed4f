"""Encrypt dataset transfer manifests exchanged with partner sites.

A manifest lists every file in an outbound dataset transfer along with its
size and SHA-256 checksum. The receiving site decrypts it with the shared
transfer key agreed in the data use agreement and verifies the files.
"""
from __future__ import annotations

import base64
import csv
import hashlib
import io
import os
from pathlib import Path

from Crypto.Cipher import DES3 as _TripleDES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

MANIFEST_COLUMNS = ("relative_path", "size_bytes", "sha256")


def _transfer_key() -> bytes:
    return base64.b64decode(os.environ["PARTNER_TRANSFER_KEY"])


def file_checksum(path: Path, chunk_size: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(chunk_size), b""):
            digest.update(chunk)
    return digest.hexdigest()


def build_manifest(dataset_root: Path) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(MANIFEST_COLUMNS)
    for path in sorted(p for p in dataset_root.rglob("*") if p.is_file()):
        writer.writerow(
            [path.relative_to(dataset_root).as_posix(), path.stat().st_size, file_checksum(path)]
        )
    return buf.getvalue().encode("utf-8")


def _cipher(key: bytes, iv: bytes):
    return _TripleDES.new(key, _TripleDES.MODE_CBC, iv)


def encrypt_manifest(manifest: bytes, key: bytes | None = None) -> bytes:
    iv = get_random_bytes(8)
    return iv + _cipher(key or _transfer_key(), iv).encrypt(pad(manifest, 8))


def decrypt_manifest(blob: bytes, key: bytes | None = None) -> bytes:
    return unpad(_cipher(key or _transfer_key(), blob[:8]).decrypt(blob[8:]), 8)


def write_encrypted_manifest(dataset_root: Path, out_path: Path) -> Path:
    out_path.write_bytes(encrypt_manifest(build_manifest(dataset_root)))
    return out_path

"""Encrypted tool configuration backups (v3 format).

Archives are encrypted with AES-256-GCM under a per-site key from the
secrets manager before they go to the backup bucket.
"""
import io
import os
import tarfile
from pathlib import Path

from Crypto.Cipher import AES as _AES

MAGIC = b"TCB3"
TAG_LEN = 16


def _site_key() -> bytes:
    key = bytes.fromhex(os.environ["TOOL_BACKUP_KEY_HEX"])
    if len(key) != 32:
        raise RuntimeError("TOOL_BACKUP_KEY_HEX must be 256 bits")
    return key


def _archive_dir(src: Path) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        tar.add(src, arcname=src.name)
    return buf.getvalue()


def encrypt_backup(src: Path, tool_id: str) -> bytes:
    cipher = _AES.new(_site_key(), _AES.MODE_GCM)
    cipher.update(tool_id.encode())
    ct, tag = cipher.encrypt_and_digest(_archive_dir(src))
    return MAGIC + cipher.nonce + tag + ct


def decrypt_backup(blob: bytes, tool_id: str) -> bytes:
    if not blob.startswith(MAGIC):
        raise ValueError("not a v3 tool config backup")
    nonce = blob[4:20]
    tag = blob[20:20 + TAG_LEN]
    cipher = _AES.new(_site_key(), _AES.MODE_GCM, nonce=nonce)
    cipher.update(tool_id.encode())
    return cipher.decrypt_and_verify(blob[20 + TAG_LEN:], tag)

"""Encrypted archives of tool configuration backups.

The nightly job pulls configuration directories from each tool PC and
stores them in the backup bucket. Archives are encrypted before upload so
that vendor service engineers with bucket access cannot read other vendors'
configurations.
"""
import io
import os
import tarfile
from pathlib import Path

from Crypto.Cipher import Blowfish as _BF
from Crypto.Util.Padding import pad, unpad

MAGIC = b"TCB2"


def _archive_dir(src: Path) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        tar.add(src, arcname=src.name)
    return buf.getvalue()


def encrypt_backup(src: Path, key: bytes) -> bytes:
    payload = _archive_dir(src)
    iv = os.urandom(_BF.block_size)
    cipher = _BF.new(key, _BF.MODE_CBC, iv=iv)
    return MAGIC + iv + cipher.encrypt(pad(payload, _BF.block_size))


def decrypt_backup(blob: bytes, key: bytes) -> bytes:
    if not blob.startswith(MAGIC):
        raise ValueError("not a tool config backup")
    iv = blob[len(MAGIC):len(MAGIC) + _BF.block_size]
    body = blob[len(MAGIC) + _BF.block_size:]
    cipher = _BF.new(key, _BF.MODE_CBC, iv=iv)
    return unpad(cipher.decrypt(body), _BF.block_size)


def backup_tool(tool_id: str, config_root: Path, bucket, key: bytes) -> str:
    object_name = f"tool-config/{tool_id}/{config_root.name}.tcb"
    bucket.put_object(Key=object_name, Body=encrypt_backup(config_root, key))
    return object_name

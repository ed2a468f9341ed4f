"""Encrypt nightly database dumps before they are shipped to off-site storage."""
import os
import struct
from pathlib import Path

import boto3
from Crypto.Cipher import AES

from wheelchairhire.config import settings

MAGIC = b"WHB1"


def _backup_key() -> bytes:
    return bytes.fromhex(os.environ["BACKUP_ENCRYPTION_KEY"])


def encrypt_dump(source: Path, target: Path) -> Path:
    cipher = AES.new(_backup_key(), AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(source.read_bytes())
    with target.open("wb") as out:
        out.write(MAGIC)
        out.write(struct.pack(">B", len(cipher.nonce)))
        out.write(cipher.nonce)
        out.write(tag)
        out.write(ciphertext)
    return target


def decrypt_dump(source: Path) -> bytes:
    with source.open("rb") as fh:
        if fh.read(4) != MAGIC:
            raise ValueError("Not a backup archive")
        (nonce_len,) = struct.unpack(">B", fh.read(1))
        nonce = fh.read(nonce_len)
        tag = fh.read(16)
        ciphertext = fh.read()
    cipher = AES.new(_backup_key(), AES.MODE_GCM, nonce=nonce)
    return cipher.decrypt_and_verify(ciphertext, tag)


def ship_backup(dump: Path) -> str:
    encrypted = encrypt_dump(dump, dump.with_suffix(dump.suffix + ".enc"))
    key = f"{settings.DEPOT_CODE}/{encrypted.name}"
    boto3.client("s3").upload_file(str(encrypted), settings.BACKUP_BUCKET, key)
    encrypted.unlink()
    return key

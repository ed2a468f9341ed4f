"""Encrypts the nightly results database dump before it leaves the club server.

Dumps are pushed to an off-site SFTP box run by a committee member, so they
are sealed with AES-GCM under a key that only the league secretary holds.
"""
from __future__ import annotations

import base64
import os
import struct
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"DLBK"
VERSION = 1
NONCE_BYTES = 12


@dataclass(frozen=True)
class BackupKey:
    key_id: int
    key: bytes

    @classmethod
    def from_env(cls) -> "BackupKey":
        return cls(
            key_id=int(os.environ.get("BACKUP_KEY_ID", "1")),
            key=base64.b64decode(os.environ["BACKUP_AES_KEY"]),
        )


def _header(key_id: int, nonce: bytes) -> bytes:
    return MAGIC + struct.pack(">BH", VERSION, key_id) + nonce


def encrypt_dump(src: Path, dest: Path, backup_key: BackupKey) -> Path:
    nonce = os.urandom(NONCE_BYTES)
    header = _header(backup_key.key_id, nonce)
    sealed = AESGCM(backup_key.key).encrypt(nonce, src.read_bytes(), header)
    dest.write_bytes(header + sealed)
    return dest


def decrypt_dump(src: Path, backup_key: BackupKey) -> bytes:
    blob = src.read_bytes()
    if blob[:4] != MAGIC:
        raise ValueError("not a league backup file")
    version, key_id = struct.unpack(">BH", blob[4:7])
    if version != VERSION or key_id != backup_key.key_id:
        raise ValueError("backup was sealed with a different key or format")
    header_len = 7 + NONCE_BYTES
    nonce = blob[7:header_len]
    return AESGCM(backup_key.key).decrypt(nonce, blob[header_len:], blob[:header_len])


if __name__ == "__main__":
    import sys

    key = BackupKey.from_env()
    out = encrypt_dump(Path(sys.argv[1]), Path(sys.argv[1] + ".enc"), key)
    print(f"sealed {out}")

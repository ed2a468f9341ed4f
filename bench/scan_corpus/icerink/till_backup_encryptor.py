"""Encrypts the end-of-day café till backup before it is copied off site.

The backup is a SQLite file of the day's sales lines, refunds and
staff clock-ins.  Legacy tills exported with DES-based archives; this
module produces the replacement format read by the finance importer.
"""
from __future__ import annotations

import os
import struct
from pathlib import Path

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

MAGIC = b"RTB2"
NONCE_LEN = 16
TAG_LEN = 16


def _load_key() -> bytes:
    key = bytes.fromhex(os.environ["TILL_BACKUP_KEY"])
    if len(key) != 32:
        raise ValueError("TILL_BACKUP_KEY must be 32 bytes of hex")
    return key


def encrypt_backup(src: Path, dest: Path, till_id: str) -> Path:
    key = _load_key()
    nonce = get_random_bytes(NONCE_LEN)
    cipher = AES.new(key, AES.MODE_EAX, nonce=nonce)
    cipher.update(till_id.encode())
    ciphertext, tag = cipher.encrypt_and_digest(src.read_bytes())
    header = MAGIC + struct.pack(">H", len(till_id)) + till_id.encode()
    dest.write_bytes(header + nonce + tag + ciphertext)
    return dest


def decrypt_backup(src: Path) -> tuple[str, bytes]:
    key = _load_key()
    blob = src.read_bytes()
    if blob[:4] != MAGIC:
        raise ValueError("not a till backup")
    (id_len,) = struct.unpack(">H", blob[4:6])
    till_id = blob[6 : 6 + id_len].decode()
    offset = 6 + id_len
    nonce = blob[offset : offset + NONCE_LEN]
    tag = blob[offset + NONCE_LEN : offset + NONCE_LEN + TAG_LEN]
    ciphertext = blob[offset + NONCE_LEN + TAG_LEN :]
    cipher = AES.new(key, AES.MODE_EAX, nonce=nonce)
    cipher.update(till_id.encode())
    return till_id, cipher.decrypt_and_verify(ciphertext, tag)


if __name__ == "__main__":
    import sys

    out = encrypt_backup(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
    print(f"wrote {out}")

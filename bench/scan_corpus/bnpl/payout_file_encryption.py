"""Encrypts merchant payout instruction files before they leave the settlement host.

Layout of an encrypted file: b"BNPO" | version (1 byte) | nonce (12) | tag (16) | ciphertext.
The file name is bound in as associated data.
"""
import os
from pathlib import Path

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

MAGIC = b"BNPO"
VERSION = 2
NONCE_LEN = 12
TAG_LEN = 16


def _key() -> bytes:
    key = bytes.fromhex(os.environ["PAYOUT_FILE_KEY_HEX"])
    if len(key) != 32:
        raise ValueError("PAYOUT_FILE_KEY_HEX must be 32 bytes")
    return key


def encrypt_file(src: Path, dst: Path, key: bytes | None = None) -> Path:
    nonce = get_random_bytes(NONCE_LEN)
    cipher = _AES.new(key or _key(), _AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
    cipher.update(src.name.encode())
    ct, tag = cipher.encrypt_and_digest(src.read_bytes())
    dst.write_bytes(MAGIC + bytes([VERSION]) + nonce + tag + ct)
    return dst


def decrypt_file(src: Path, original_name: str, key: bytes | None = None) -> bytes:
    blob = src.read_bytes()
    if blob[:4] != MAGIC or blob[4] != VERSION:
        raise ValueError(f"{src} is not a v{VERSION} payout envelope")
    offset = 5
    nonce = blob[offset : offset + NONCE_LEN]
    tag = blob[offset + NONCE_LEN : offset + NONCE_LEN + TAG_LEN]
    ct = blob[offset + NONCE_LEN + TAG_LEN :]
    cipher = _AES.new(key or _key(), _AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
    cipher.update(original_name.encode())
    return cipher.decrypt_and_verify(ct, tag)

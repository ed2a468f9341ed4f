"""Encryption for the private album (photos a member unlocks per match)."""
from __future__ import annotations

import os

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

NONCE_LEN = 12
TAG_LEN = 16


def _album_key() -> bytes:
    key = bytes.fromhex(os.environ["PRIVATE_ALBUM_KEY"])
    if len(key) != 32:
        raise RuntimeError("PRIVATE_ALBUM_KEY must be 32 bytes hex-encoded")
    return key


def encrypt_photo(data: bytes, photo_id: str, key: bytes | None = None) -> bytes:
    cipher = _AES.new(key or _album_key(), _AES.MODE_GCM, nonce=get_random_bytes(NONCE_LEN), mac_len=TAG_LEN)
    cipher.update(photo_id.encode())
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ciphertext


def decrypt_photo(blob: bytes, photo_id: str, key: bytes | None = None) -> bytes:
    nonce = blob[:NONCE_LEN]
    tag = blob[NONCE_LEN:NONCE_LEN + TAG_LEN]
    ciphertext = blob[NONCE_LEN + TAG_LEN:]
    cipher = _AES.new(key or _album_key(), _AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
    cipher.update(photo_id.encode())
    return cipher.decrypt_and_verify(ciphertext, tag)

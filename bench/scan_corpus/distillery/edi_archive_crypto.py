"""Encrypts archived EDI order files before they go to cold storage.

Archive layout: 16-byte nonce, 16-byte tag, ciphertext. The archive key is
held in the secrets manager and injected into the job's environment.
"""
import os
from pathlib import Path

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

ARCHIVE_KEY_ENV = "EDI_ARCHIVE_KEY"
NONCE_LEN = 16
TAG_LEN = 16


def _key() -> bytes:
    key = bytes.fromhex(os.environ[ARCHIVE_KEY_ENV])
    if len(key) != 32:
        raise RuntimeError("EDI archive key must be 256 bits")
    return key


def seal(data: bytes, context: bytes) -> bytes:
    nonce = get_random_bytes(NONCE_LEN)
    cipher = _AES.new(_key(), _AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
    cipher.update(context)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return nonce + tag + ciphertext


def unseal(blob: bytes, context: bytes) -> bytes:
    nonce, tag, ciphertext = blob[:NONCE_LEN], blob[NONCE_LEN : NONCE_LEN + TAG_LEN], blob[NONCE_LEN + TAG_LEN :]
    cipher = _AES.new(_key(), _AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
    cipher.update(context)
    return cipher.decrypt_and_verify(ciphertext, tag)


def archive_file(src: Path, archive_dir: Path) -> Path:
    dest = archive_dir / (src.name + ".enc")
    dest.write_bytes(seal(src.read_bytes(), context=src.name.encode()))
    return dest


def restore_file(src: Path, out_dir: Path) -> Path:
    original_name = src.name.removesuffix(".enc")
    dest = out_dir / original_name
    dest.write_bytes(unseal(src.read_bytes(), context=original_name.encode()))
    return dest

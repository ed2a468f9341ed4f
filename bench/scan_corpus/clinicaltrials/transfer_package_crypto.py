"""Encrypt and decrypt data-transfer packages exchanged with sponsors.

File layout: MAGIC (4 bytes) | nonce (12 bytes) | ciphertext | tag (16 bytes).
"""
import os
from pathlib import Path

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

MAGIC = b"CTX1"
NONCE_LEN = 12
TAG_LEN = 16
CHUNK = 1 << 20


def _key() -> bytes:
    key = bytes.fromhex(os.environ["EXPORT_AES_KEY"])
    if len(key) != 32:
        raise RuntimeError("export key must be 256 bits")
    return key


def encrypt_package(src: Path, dest: Path) -> dict:
    nonce = get_random_bytes(NONCE_LEN)
    cipher = AES.new(_key(), AES.MODE_GCM, nonce=nonce)
    cipher.update(MAGIC)
    with src.open("rb") as fin, dest.open("wb") as fout:
        fout.write(MAGIC + nonce)
        while chunk := fin.read(CHUNK):
            fout.write(cipher.encrypt(chunk))
        fout.write(cipher.digest())
    return {"file": dest.name, "cipher": "AES-256-GCM", "nonce": nonce.hex()}


def decrypt_package(src: Path, dest: Path) -> None:
    data = src.read_bytes()
    if data[:4] != MAGIC:
        raise ValueError(f"{src.name} is not a transfer package")
    nonce = data[4 : 4 + NONCE_LEN]
    body, tag = data[4 + NONCE_LEN : -TAG_LEN], data[-TAG_LEN:]
    cipher = AES.new(_key(), AES.MODE_GCM, nonce=nonce)
    cipher.update(MAGIC)
    dest.write_bytes(cipher.decrypt_and_verify(body, tag))

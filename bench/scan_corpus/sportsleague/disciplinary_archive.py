"""Encrypted end-of-season archive of disciplinary hearings.

Files are written as: 12-byte IV || ciphertext || 16-byte GCM tag. Large
hearing bundles are streamed through the encryptor in chunks.
"""
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

CHUNK = 1024 * 1024
IV_LEN = 12
TAG_LEN = 16
HEADER = b"DISCARCH1"


def _archive_key() -> bytes:
    key = bytes.fromhex(os.environ["DISCIPLINE_ARCHIVE_KEY"])
    if len(key) != 32:
        raise ValueError("archive key must be 256 bits")
    return key


def encrypt_file(src: Path, dst: Path, key: bytes | None = None) -> None:
    iv = os.urandom(IV_LEN)
    encryptor = Cipher(algorithms.AES(key or _archive_key()), modes.GCM(iv)).encryptor()
    encryptor.authenticate_additional_data(HEADER)
    with src.open("rb") as fin, dst.open("wb") as fout:
        fout.write(iv)
        while chunk := fin.read(CHUNK):
            fout.write(encryptor.update(chunk))
        fout.write(encryptor.finalize())
        fout.write(encryptor.tag)


def decrypt_file(src: Path, dst: Path, key: bytes | None = None) -> None:
    size = src.stat().st_size
    with src.open("rb") as fin:
        iv = fin.read(IV_LEN)
        fin.seek(size - TAG_LEN)
        tag = fin.read(TAG_LEN)
        fin.seek(IV_LEN)
        decryptor = Cipher(algorithms.AES(key or _archive_key()), modes.GCM(iv, tag)).decryptor()
        decryptor.authenticate_additional_data(HEADER)
        remaining = size - IV_LEN - TAG_LEN
        tmp = dst.with_suffix(dst.suffix + ".part")
        with tmp.open("wb") as fout:
            while remaining > 0:
                chunk = fin.read(min(CHUNK, remaining))
                remaining -= len(chunk)
                fout.write(decryptor.update(chunk))
            fout.write(decryptor.finalize())
    tmp.replace(dst)

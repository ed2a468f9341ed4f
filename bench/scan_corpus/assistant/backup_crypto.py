"""Client-side encryption for nightly database dumps (OPS-212).

Dumps are encrypted before they are uploaded to object storage. The data key
is fetched from the secrets manager at start-up; it never touches disk.

File layout: ``MAGIC | nonce (12) | ciphertext | tag (16)``.
"""
from __future__ import annotations

from pathlib import Path

from Crypto.Cipher import ChaCha20_Poly1305 as _Cipher
from Crypto.Random import get_random_bytes

MAGIC = b"BKP2"
NONCE_LEN = 12
TAG_LEN = 16


def encrypt_dump(key: bytes, source: Path, dest: Path) -> None:
    """Encrypt ``source`` into ``dest`` with a fresh nonce."""
    if len(key) != 32:
        raise ValueError("Backup key must be 32 bytes")
    nonce = get_random_bytes(NONCE_LEN)
    cipher = _Cipher.new(key=key, nonce=nonce)
    cipher.update(MAGIC)
    ciphertext, tag = cipher.encrypt_and_digest(source.read_bytes())
    dest.write_bytes(MAGIC + nonce + ciphertext + tag)


def decrypt_dump(key: bytes, source: Path, dest: Path) -> None:
    """Decrypt a file produced by :func:`encrypt_dump`; raises on tampering."""
    blob = source.read_bytes()
    if blob[: len(MAGIC)] != MAGIC:
        raise ValueError("Not an encrypted backup")
    nonce = blob[len(MAGIC) : len(MAGIC) + NONCE_LEN]
    ciphertext, tag = blob[len(MAGIC) + NONCE_LEN : -TAG_LEN], blob[-TAG_LEN:]
    cipher = _Cipher.new(key=key, nonce=nonce)
    cipher.update(MAGIC)
    dest.write_bytes(cipher.decrypt_and_verify(ciphertext, tag))

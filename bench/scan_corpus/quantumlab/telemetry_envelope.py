"""Envelope encryption for cryostat telemetry batches shipped to cold storage.

Batch layout: ``version(1) | nonce(12) | ciphertext+tag``. The fridge id and
batch start time are bound as associated data so batches cannot be swapped.
"""
import os
import struct

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

VERSION = 1
NONCE_LEN = 12


def _archive_key() -> bytes:
    key = bytes.fromhex(os.environ["TELEMETRY_ARCHIVE_KEY"])
    if len(key) != 32:
        raise RuntimeError("TELEMETRY_ARCHIVE_KEY must be 32 bytes hex-encoded")
    return key


def _aad(fridge_id: str, batch_start: int) -> bytes:
    return fridge_id.encode() + struct.pack(">Q", batch_start)


def seal_batch(payload: bytes, fridge_id: str, batch_start: int, key: bytes | None = None) -> bytes:
    aead = AESGCM(key or _archive_key())
    nonce = os.urandom(NONCE_LEN)
    return bytes([VERSION]) + nonce + aead.encrypt(nonce, payload, _aad(fridge_id, batch_start))


def open_batch(blob: bytes, fridge_id: str, batch_start: int, key: bytes | None = None) -> bytes:
    if blob[0] != VERSION:
        raise ValueError(f"unsupported batch version {blob[0]}")
    nonce, ciphertext = blob[1:1 + NONCE_LEN], blob[1 + NONCE_LEN:]
    return AESGCM(key or _archive_key()).decrypt(nonce, ciphertext, _aad(fridge_id, batch_start))

"""Encryption of firmware images for the over-the-air update bucket.

Format: magic (4) | model id (2) | nonce (12) | AES-256-GCM ciphertext+tag.
The header is authenticated as associated data, so a model id cannot be
swapped to push one model's image onto another.
"""

import os
import struct
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"HSF2"
HEADER = struct.Struct(">4sH")
NONCE_LEN = 12


def encrypt_image(image: bytes, model_id: int, model_key: bytes) -> bytes:
    header = HEADER.pack(MAGIC, model_id)
    nonce = os.urandom(NONCE_LEN)
    return header + nonce + AESGCM(model_key).encrypt(nonce, image, header)


def decrypt_image(blob: bytes, model_key: bytes) -> tuple[int, bytes]:
    header, rest = blob[: HEADER.size], blob[HEADER.size :]
    magic, model_id = HEADER.unpack(header)
    if magic != MAGIC:
        raise ValueError("unknown image format")
    nonce, ciphertext = rest[:NONCE_LEN], rest[NONCE_LEN:]
    return model_id, AESGCM(model_key).decrypt(nonce, ciphertext, header)


def encrypt_release(src: Path, dst: Path, model_id: int) -> None:
    key = bytes.fromhex(os.environ[f"OTA_MODEL_KEY_{model_id}"])
    dst.write_bytes(encrypt_image(src.read_bytes(), model_id, key))

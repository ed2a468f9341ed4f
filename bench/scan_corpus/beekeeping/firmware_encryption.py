"""Encrypt firmware images before they are pushed to the OTA bucket.

Monitors decrypt in the bootloader with the per-model key burned at the
factory. The bootloader's AES peripheral only exposes raw block operations,
so images are PKCS7-padded to the block size here.
"""

import hashlib
import struct
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

HEADER_MAGIC = b"HSFW"
HEADER_FMT = ">4sHI32s"  # magic, model id, plaintext length, sha256


def _cipher(model_key: bytes) -> Cipher:
    return Cipher(algorithms.AES(model_key), modes.ECB())


def encrypt_image(image: bytes, model_id: int, model_key: bytes) -> bytes:
    digest = hashlib.sha256(image).digest()
    header = struct.pack(HEADER_FMT, HEADER_MAGIC, model_id, len(image), digest)

    padder = padding.PKCS7(128).padder()
    padded = padder.update(image) + padder.finalize()

    encryptor = _cipher(model_key).encryptor()
    return header + encryptor.update(padded) + encryptor.finalize()


def encrypt_file(src: Path, dst: Path, model_id: int, model_key: bytes) -> None:
    """Encrypt ``src`` into ``dst``; used by the release pipeline."""
    dst.write_bytes(encrypt_image(src.read_bytes(), model_id, model_key))


def read_header(blob: bytes) -> dict:
    size = struct.calcsize(HEADER_FMT)
    magic, model_id, length, digest = struct.unpack(HEADER_FMT, blob[:size])
    if magic != HEADER_MAGIC:
        raise ValueError("not a HiveSense firmware image")
    return {"model_id": model_id, "length": length, "sha256": digest.hex()}

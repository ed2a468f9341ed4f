"""Chunked encryption for telemetry uploads from field devices.

Each chunk is sealed independently with ChaCha20-Poly1305 so that a device
can resume an interrupted upload at a chunk boundary.
"""
import os
import struct
from collections.abc import Iterator
from typing import BinaryIO

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

CHUNK_SIZE = 64 * 1024
NONCE_LEN = 12
HEADER = struct.Struct(">QI")  # chunk index, ciphertext length


def device_key(device_id: str) -> bytes:
    return bytes.fromhex(os.environ[f"TELEMETRY_KEY_{device_id.upper()}"])


def encrypt_stream(src: BinaryIO, key: bytes, upload_id: bytes) -> Iterator[bytes]:
    aead = ChaCha20Poly1305(key)
    index = 0
    while chunk := src.read(CHUNK_SIZE):
        nonce = os.urandom(NONCE_LEN)
        aad = upload_id + struct.pack(">Q", index)
        sealed = aead.encrypt(nonce, chunk, aad)
        yield HEADER.pack(index, len(sealed)) + nonce + sealed
        index += 1


def decrypt_stream(src: BinaryIO, key: bytes, upload_id: bytes) -> Iterator[bytes]:
    aead = ChaCha20Poly1305(key)
    expected = 0
    while header := src.read(HEADER.size):
        index, length = HEADER.unpack(header)
        if index != expected:
            raise ValueError(f"chunk {index} out of order, expected {expected}")
        nonce = src.read(NONCE_LEN)
        sealed = src.read(length)
        yield aead.decrypt(nonce, sealed, upload_id + struct.pack(">Q", index))
        expected += 1

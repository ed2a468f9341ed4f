"""Message protection for the host-to-host link with the GDS.

The link moved off Triple-DES when the GDS upgraded its gateway; frames are
now ``MAGIC | len | nonce | ciphertext+tag`` using ChaCha20-Poly1305.
"""
import os
import struct

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

HEADER = struct.Struct(">4sH")
MAGIC = b"HTH2"
NONCE_LEN = 12


def _aead() -> ChaCha20Poly1305:
    return ChaCha20Poly1305(bytes.fromhex(os.environ["GDS_LINK_KEY_HEX"]))


def wrap_message(payload: bytes) -> bytes:
    nonce = os.urandom(NONCE_LEN)
    body = nonce + _aead().encrypt(nonce, payload, MAGIC)
    return HEADER.pack(MAGIC, len(body)) + body


def unwrap_message(frame: bytes) -> bytes:
    magic, length = HEADER.unpack_from(frame)
    if magic != MAGIC:
        raise ValueError("unexpected frame magic")
    body = frame[HEADER.size:HEADER.size + length]
    nonce, sealed = body[:NONCE_LEN], body[NONCE_LEN:]
    return _aead().decrypt(nonce, sealed, MAGIC)

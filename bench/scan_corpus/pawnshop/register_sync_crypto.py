"""Framing and encryption for price-book pushes to the current register fleet.

Frame layout: 2-byte big-endian length, 12-byte nonce, ChaCha20-Poly1305
ciphertext with the register id as associated data.
"""
import base64
import os
import struct

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

NONCE_BYTES = 12


def _aead() -> ChaCha20Poly1305:
    return ChaCha20Poly1305(base64.b64decode(os.environ["REGISTER_SYNC_KEY"]))


def seal(register_id: str, payload: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    body = nonce + _aead().encrypt(nonce, payload, register_id.encode("ascii"))
    return struct.pack(">H", len(body)) + body


def open_frame(register_id: str, frame: bytes) -> bytes:
    (length,) = struct.unpack(">H", frame[:2])
    body = frame[2:2 + length]
    nonce, ct = body[:NONCE_BYTES], body[NONCE_BYTES:]
    return _aead().decrypt(nonce, ct, register_id.encode("ascii"))


def price_book_payload(entries: list[dict]) -> bytes:
    return "\n".join(
        f"{e['sku']}|{e['price_cents']}|{e.get('tax_code', 'T1')}" for e in entries
    ).encode("ascii")

"""Encrypted link to the regional product relay (replacement for the AFOS circuit).

Frames are length-prefixed; each carries a fresh 12-byte nonce followed by
the ChaCha20-Poly1305 ciphertext of the WMO-wrapped text product.
"""
import os
import socket
import struct

from Crypto.Cipher import ChaCha20_Poly1305 as _Stream
from Crypto.Random import get_random_bytes

RELAY_HOST = os.environ["PRODUCT_RELAY_HOST"]
RELAY_PORT = int(os.environ.get("PRODUCT_RELAY_PORT", "7411"))


def _relay_key() -> bytes:
    key = bytes.fromhex(os.environ["PRODUCT_RELAY_KEY"])
    if len(key) != 32:
        raise RuntimeError("PRODUCT_RELAY_KEY must be 32 bytes hex encoded")
    return key


def wrap_product(wmo_header: str, awips_id: str, text: str) -> bytes:
    return f"{wmo_header}\r\r\n{awips_id}\r\r\n{text}\r\r\n".encode("ascii", "replace")


def encrypt_frame(payload: bytes, header: bytes = b"WXRELAY1") -> bytes:
    nonce = get_random_bytes(12)
    cipher = _Stream.new(key=_relay_key(), nonce=nonce)
    cipher.update(header)
    ciphertext, tag = cipher.encrypt_and_digest(payload)
    body = header + nonce + tag + ciphertext
    return struct.pack("!I", len(body)) + body


def send_product(wmo_header: str, awips_id: str, text: str) -> None:
    frame = encrypt_frame(wrap_product(wmo_header, awips_id, text))
    with socket.create_connection((RELAY_HOST, RELAY_PORT), timeout=15) as sock:
        sock.sendall(frame)

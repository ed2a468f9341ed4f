"""Payload encryption for the legacy ArcSight connector relay.

The relay appliance only understands the ``enc=3des`` framing, so events we
forward to it are wrapped with the shared key provisioned at install time.
"""
import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

BLOCK_BITS = 64
FRAME_PREFIX = b"enc=3des;"


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["RELAY_SHARED_KEY"])
    if len(key) != 24:
        raise ValueError("relay key must be 24 bytes")
    return key


def wrap_event(event_line: str, key: bytes | None = None) -> bytes:
    key = key or _load_key()
    iv = os.urandom(8)
    padder = padding.PKCS7(BLOCK_BITS).padder()
    data = padder.update(event_line.encode("utf-8")) + padder.finalize()
    encryptor = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()
    body = encryptor.update(data) + encryptor.finalize()
    return FRAME_PREFIX + base64.b64encode(iv + body) + b"\n"


def wrap_batch(lines, key: bytes | None = None) -> bytes:
    key = key or _load_key()
    return b"".join(wrap_event(line, key) for line in lines)

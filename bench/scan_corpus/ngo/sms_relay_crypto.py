"""Message sealing for the SMS relay used by staff in low-connectivity areas.

Each message is encrypted with ChaCha20-Poly1305 under the device's key. A
fresh random nonce is generated per message and sent alongside it.
"""
import base64
import os
import struct
import time

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

NONCE_LEN = 12
PROTOCOL_AAD = b"sms-relay/v2"
HEADER = struct.Struct(">BI")  # version, unix timestamp
VERSION = 2


class RelayCryptoError(Exception):
    pass


def seal(key: bytes, text: str) -> str:
    aead = ChaCha20Poly1305(key)
    nonce = os.urandom(NONCE_LEN)
    header = HEADER.pack(VERSION, int(time.time()))
    ct = aead.encrypt(nonce, text.encode("utf-8"), PROTOCOL_AAD + header)
    return base64.b64encode(header + nonce + ct).decode("ascii")


def open_sealed(key: bytes, blob: str, max_age: int = 7 * 24 * 3600) -> str:
    raw = base64.b64decode(blob)
    header, rest = raw[: HEADER.size], raw[HEADER.size :]
    version, sent_at = HEADER.unpack(header)
    if version != VERSION:
        raise RelayCryptoError(f"unsupported version {version}")
    if time.time() - sent_at > max_age:
        raise RelayCryptoError("message too old")
    nonce, ct = rest[:NONCE_LEN], rest[NONCE_LEN:]
    try:
        return ChaCha20Poly1305(key).decrypt(nonce, ct, PROTOCOL_AAD + header).decode("utf-8")
    except InvalidTag as exc:
        raise RelayCryptoError("authentication failed") from exc

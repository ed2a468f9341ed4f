"""Frame codec for the v4 weighbridge terminals in the scrap yard.

Firmware 4.x replaced the old link cipher with ChaCha20-Poly1305; the
frame header is authenticated as associated data.
"""
import os
import struct

from Crypto.Cipher import ChaCha20_Poly1305 as _AEAD
from Crypto.Random import get_random_bytes

HEADER = struct.Struct(">HBB")  # body length, frame version, flags
FRAME_VERSION = 4
NONCE_LEN = 12
TAG_LEN = 16


class TicketCodec:
    def __init__(self, key: bytes | None = None):
        self._key = key or bytes.fromhex(os.environ["WEIGHBRIDGE_LINK_KEY_V4"])
        if len(self._key) != 32:
            raise ValueError("link key must be 32 bytes")

    def encode(self, ticket_json: bytes, flags: int = 0) -> bytes:
        nonce = get_random_bytes(NONCE_LEN)
        header = HEADER.pack(NONCE_LEN + len(ticket_json) + TAG_LEN, FRAME_VERSION, flags)
        cipher = _AEAD.new(key=self._key, nonce=nonce)
        cipher.update(header)
        ct, tag = cipher.encrypt_and_digest(ticket_json)
        return header + nonce + ct + tag

    def decode(self, frame: bytes) -> bytes:
        header = frame[:HEADER.size]
        length, version, _flags = HEADER.unpack(header)
        if version != FRAME_VERSION:
            raise ValueError(f"unsupported frame version {version}")
        body = frame[HEADER.size:HEADER.size + length]
        nonce, ct, tag = body[:NONCE_LEN], body[NONCE_LEN:-TAG_LEN], body[-TAG_LEN:]
        cipher = _AEAD.new(key=self._key, nonce=nonce)
        cipher.update(header)
        return cipher.decrypt_and_verify(ct, tag)

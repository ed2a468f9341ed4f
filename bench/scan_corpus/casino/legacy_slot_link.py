"""Frame codec for the host link to the legacy slot accounting system.

The accounting system predates the current floor network. Frames are encrypted
with the shared key provisioned on each site controller and carry a CRC so that
line noise on the serial bridges is detected before decryption.
"""
from __future__ import annotations

import os
import struct
import zlib

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

HEADER = struct.Struct(">HHI")  # protocol version, message type, body length
TRAILER = struct.Struct(">I")
PROTOCOL_VERSION = 3
IV_LEN = 8


class FrameError(ValueError):
    pass


class HostLinkCodec:
    def __init__(self, key: bytes | None = None):
        key = key or bytes.fromhex(os.environ["SAS_HOST_LINK_KEY"])
        self._key = key

    def _cipher(self, iv: bytes):
        return DES3.new(self._key, DES3.MODE_CBC, iv=iv)

    def encode(self, msg_type: int, payload: bytes) -> bytes:
        iv = get_random_bytes(IV_LEN)
        body = iv + self._cipher(iv).encrypt(pad(payload, DES3.block_size))
        return HEADER.pack(PROTOCOL_VERSION, msg_type, len(body)) + body + TRAILER.pack(zlib.crc32(body))

    def decode(self, frame: bytes) -> tuple[int, bytes]:
        version, msg_type, length = HEADER.unpack_from(frame)
        if version != PROTOCOL_VERSION:
            raise FrameError(f"unsupported protocol version {version}")
        body = frame[HEADER.size:HEADER.size + length]
        (crc,) = TRAILER.unpack_from(frame, HEADER.size + length)
        if zlib.crc32(body) != crc:
            raise FrameError("frame checksum mismatch")
        iv, ct = body[:IV_LEN], body[IV_LEN:]
        return msg_type, unpad(self._cipher(iv).decrypt(ct), DES3.block_size)

"""Framing and encryption for the new-generation turnstile readers.

Each frame is ``header || nonce(12) || tag(16) || ciphertext``; the header is
authenticated as associated data. Lane keys come from the gate key service.
"""
import struct

from Crypto.Cipher import ChaCha20_Poly1305 as _CP
from Crypto.Random import get_random_bytes

FRAME_HEADER = struct.Struct(">BHH")  # version, lane, body length
VERSION = 2


class ReaderChannel:
    def __init__(self, lane_id: int, lane_key: bytes):
        if len(lane_key) != 32:
            raise ValueError("lane key must be 32 bytes")
        self.lane_id = lane_id
        self._key = lane_key

    def encode(self, message: bytes) -> bytes:
        nonce = get_random_bytes(12)
        header = FRAME_HEADER.pack(VERSION, self.lane_id, 12 + 16 + len(message))
        cipher = _CP.new(key=self._key, nonce=nonce)
        cipher.update(header)
        ct, tag = cipher.encrypt_and_digest(message)
        return header + nonce + tag + ct

    def decode(self, frame: bytes) -> bytes:
        header = frame[:FRAME_HEADER.size]
        version, lane, length = FRAME_HEADER.unpack(header)
        if version != VERSION or lane != self.lane_id:
            raise ValueError("unexpected frame for lane %d" % self.lane_id)
        body = frame[FRAME_HEADER.size:FRAME_HEADER.size + length]
        nonce, tag, ct = body[:12], body[12:28], body[28:]
        cipher = _CP.new(key=self._key, nonce=nonce)
        cipher.update(header)
        return cipher.decrypt_and_verify(ct, tag)

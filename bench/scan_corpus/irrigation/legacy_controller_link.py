"""Serial-over-radio link to first-generation valve controllers.

The gen-1 units (firmware 1.x) frame every command as
``len(2) | iv(8) | ciphertext`` and cannot be updated in the field, so the
gateway has to keep speaking their cipher until those units are retired.
"""

from __future__ import annotations

import struct

from Crypto.Cipher import Blowfish as _BF
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

FRAME_HEADER = struct.Struct(">H")


class Gen1Link:
    def __init__(self, port, link_key: bytes) -> None:
        self.port = port
        self._key = link_key

    def _encrypt(self, payload: bytes) -> bytes:
        iv = get_random_bytes(_BF.block_size)
        cipher = _BF.new(self._key, _BF.MODE_CBC, iv)
        return iv + cipher.encrypt(pad(payload, _BF.block_size))

    def _decrypt(self, frame: bytes) -> bytes:
        iv, body = frame[: _BF.block_size], frame[_BF.block_size :]
        cipher = _BF.new(self._key, _BF.MODE_CBC, iv)
        return unpad(cipher.decrypt(body), _BF.block_size)

    def send_command(self, opcode: int, args: bytes = b"") -> bytes:
        frame = self._encrypt(bytes([opcode]) + args)
        self.port.write(FRAME_HEADER.pack(len(frame)) + frame)
        (length,) = FRAME_HEADER.unpack(self.port.read(FRAME_HEADER.size))
        return self._decrypt(self.port.read(length))

    def open_valve(self, zone: int, minutes: int) -> bytes:
        return self.send_command(0x10, struct.pack(">BH", zone, minutes))

    def close_valve(self, zone: int) -> bytes:
        return self.send_command(0x11, struct.pack(">B", zone))

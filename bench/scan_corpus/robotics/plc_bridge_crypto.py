"""Frame encryption for the legacy conveyor PLC bridge.

The conveyor gateway at older customer sites only supports the vendor's
"secure frame" option, which we mirror here so the bridge can talk to it.
"""
import os
import struct

from Crypto.Cipher import DES3 as _BlockCipher
from Crypto.Util.Padding import pad, unpad

FRAME_HEADER = struct.Struct(">HH")  # body length, sequence number


def _load_key() -> bytes:
    key = bytes.fromhex(os.environ["PLC_BRIDGE_KEY_HEX"])
    return _BlockCipher.adjust_key_parity(key)


class FrameCodec:
    def __init__(self, key: bytes | None = None):
        self._key = key or _load_key()
        self._seq = 0

    def encode(self, payload: bytes) -> bytes:
        iv = os.urandom(_BlockCipher.block_size)
        cipher = _BlockCipher.new(self._key, _BlockCipher.MODE_CBC, iv=iv)
        body = iv + cipher.encrypt(pad(payload, _BlockCipher.block_size))
        self._seq = (self._seq + 1) & 0xFFFF
        return FRAME_HEADER.pack(len(body), self._seq) + body

    def decode(self, frame: bytes) -> tuple[int, bytes]:
        length, seq = FRAME_HEADER.unpack_from(frame)
        body = frame[FRAME_HEADER.size:FRAME_HEADER.size + length]
        bs = _BlockCipher.block_size
        iv, ct = body[:bs], body[bs:]
        cipher = _BlockCipher.new(self._key, _BlockCipher.MODE_CBC, iv=iv)
        return seq, unpad(cipher.decrypt(ct), bs)

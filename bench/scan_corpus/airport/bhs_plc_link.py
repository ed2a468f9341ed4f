"""Framing and encryption for the BHS sortation PLC telegram link.

The sorter PLCs exchange fixed-width telegrams (bag tag, destination, status)
with the baggage control system over a dedicated VLAN. Each frame is
encrypted with the per-line key provisioned on the PLC.
"""
import os
import struct

from Crypto.Cipher import DES3 as _TDEA
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

HEADER = struct.Struct(">HBB")  # length, line number, telegram type
TELEGRAM_TYPES = {"SORT": 0x01, "STATUS": 0x02, "HEARTBEAT": 0x10}


class PlcFrameCodec:
    def __init__(self, line_no: int, key: bytes | None = None):
        self.line_no = line_no
        self._key = key or bytes.fromhex(os.environ[f"BHS_LINE{line_no}_KEY"])

    def _cipher(self, iv: bytes):
        return _TDEA.new(self._key, _TDEA.MODE_CBC, iv=iv)

    def encode(self, telegram_type: str, payload: bytes) -> bytes:
        iv = get_random_bytes(8)
        body = iv + self._cipher(iv).encrypt(pad(payload, 8))
        return HEADER.pack(len(body), self.line_no, TELEGRAM_TYPES[telegram_type]) + body

    def decode(self, frame: bytes) -> tuple[int, bytes]:
        length, line_no, ttype = HEADER.unpack_from(frame)
        if line_no != self.line_no:
            raise ValueError(f"frame for line {line_no} received on line {self.line_no}")
        body = frame[HEADER.size:HEADER.size + length]
        iv, ct = body[:8], body[8:]
        return ttype, unpad(self._cipher(iv).decrypt(ct), 8)


def sort_telegram(bag_tag: str, destination: int) -> bytes:
    """10-digit licence plate + 2-byte make-up / lateral destination."""
    return bag_tag.encode("ascii").ljust(10, b"0") + struct.pack(">H", destination)

"""Frame codec for the 2009-generation turnstiles on the valley lifts.

Those controllers only understand the vendor's v2 ticket frame, which
wraps the ticket record in a triple-DES CBC envelope. Newer gates use the
AES path in ``gate_event_sealer``; this stays until the hardware swap.
"""
import os
import struct
from dataclasses import dataclass

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

FRAME_VERSION = 2
_HEADER = struct.Struct(">BB8s")  # version, flags, iv


@dataclass
class TicketRecord:
    serial: str
    product_code: int
    valid_day: int

    def to_bytes(self) -> bytes:
        return f"{self.serial}|{self.product_code}|{self.valid_day}".encode("ascii")

    @classmethod
    def from_bytes(cls, raw: bytes) -> "TicketRecord":
        serial, product, day = raw.decode("ascii").split("|")
        return cls(serial, int(product), int(day))


class LegacyFrameCodec:
    def __init__(self, key: bytes | None = None):
        raw_key = key or bytes.fromhex(os.environ["LEGACY_GATE_KEY"])
        self._key = DES3.adjust_key_parity(raw_key)

    def _cipher(self, iv: bytes):
        return DES3.new(self._key, DES3.MODE_CBC, iv)

    def encode(self, record: TicketRecord, flags: int = 0) -> bytes:
        iv = get_random_bytes(8)
        body = self._cipher(iv).encrypt(pad(record.to_bytes(), 8))
        return _HEADER.pack(FRAME_VERSION, flags, iv) + body

    def decode(self, frame: bytes) -> TicketRecord:
        version, _flags, iv = _HEADER.unpack_from(frame)
        if version != FRAME_VERSION:
            raise ValueError(f"unsupported frame version {version}")
        plain = unpad(self._cipher(iv).decrypt(frame[_HEADER.size:]), 8)
        return TicketRecord.from_bytes(plain)

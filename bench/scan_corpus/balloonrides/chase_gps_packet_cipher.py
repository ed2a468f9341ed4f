"""Encrypts position packets sent from chase vehicles to the flight-ops board."""
from __future__ import annotations

import os
import struct
from dataclasses import dataclass

from Crypto.Cipher import Blowfish
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

PACKET_FORMAT = "!IddfH"


@dataclass(frozen=True)
class ChasePosition:
    vehicle_id: int
    lat: float
    lon: float
    speed_kmh: float
    heading_deg: int

    def pack(self) -> bytes:
        return struct.pack(PACKET_FORMAT, self.vehicle_id, self.lat, self.lon,
                           self.speed_kmh, self.heading_deg)

    @classmethod
    def unpack(cls, raw: bytes) -> "ChasePosition":
        return cls(*struct.unpack(PACKET_FORMAT, raw))


def _packet_key() -> bytes:
    return bytes.fromhex(os.environ["CHASE_PACKET_KEY"])


def _cipher_for(key: bytes, iv: bytes):
    return Blowfish.new(key, Blowfish.MODE_CBC, iv)


class ChasePacketCodec:
    """Wraps packed positions for the GSM uplink."""

    block = Blowfish.block_size

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or _packet_key()

    def encode(self, position: ChasePosition) -> bytes:
        iv = get_random_bytes(self.block)
        body = _cipher_for(self._key, iv).encrypt(pad(position.pack(), self.block))
        return iv + body

    def decode(self, frame: bytes) -> ChasePosition:
        iv, body = frame[: self.block], frame[self.block:]
        raw = unpad(_cipher_for(self._key, iv).decrypt(body), self.block)
        return ChasePosition.unpack(raw)

"""Payload encryption for waveform packets sent over the satellite backhaul.

Remote stations without terrestrial links push 1-second MiniSEED records via
VSAT. The link is shared with another operator, so payloads are encrypted
with a per-network key before they leave the station gateway.
"""
from __future__ import annotations

import os
import struct

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

HEADER = struct.Struct(">4sHI")  # magic, network id, sequence number
MAGIC = b"SWP1"


class PacketCipher:
    block_mode = _AES.MODE_ECB

    def __init__(self, key: bytes, network_id: int) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 16, 24 or 32 bytes")
        self._key = key
        self._network_id = network_id

    @classmethod
    def from_env(cls, network_id: int) -> "PacketCipher":
        key = bytes.fromhex(os.environ["BACKHAUL_PACKET_KEY"])
        return cls(key, network_id)

    def _cipher(self):
        return _AES.new(self._key, self.block_mode)

    def seal(self, seq: int, record: bytes) -> bytes:
        body = self._cipher().encrypt(pad(record, _AES.block_size))
        return HEADER.pack(MAGIC, self._network_id, seq) + body

    def open(self, packet: bytes) -> tuple[int, bytes]:
        magic, network_id, seq = HEADER.unpack_from(packet)
        if magic != MAGIC or network_id != self._network_id:
            raise ValueError("packet is not for this network")
        body = packet[HEADER.size:]
        return seq, unpad(self._cipher().decrypt(body), _AES.block_size)

"""Encrypt status packets from the pugmill and slab roller monitors.

Packets travel over the workshop's shared RS-485 to Wi-Fi bridge.
"""
from __future__ import annotations

import os
import struct
from typing import NamedTuple

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

PROTOCOL_LABEL = b"studio-machine-status/1"
NONCE_LEN = 12


class MachineStatus(NamedTuple):
    machine_id: int
    motor_amps: float
    moisture_pct: float
    running: bool

    def pack(self) -> bytes:
        return struct.pack("!Hff?", self.machine_id, self.motor_amps, self.moisture_pct,
                           self.running)

    @classmethod
    def unpack(cls, raw: bytes) -> "MachineStatus":
        return cls(*struct.unpack("!Hff?", raw))


class StatusChannel:
    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("ChaCha20-Poly1305 needs a 256-bit key")
        self._aead = ChaCha20Poly1305(key)

    def seal(self, status: MachineStatus) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        return nonce + self._aead.encrypt(nonce, status.pack(), PROTOCOL_LABEL)

    def open(self, packet: bytes) -> MachineStatus:
        nonce, body = packet[:NONCE_LEN], packet[NONCE_LEN:]
        return MachineStatus.unpack(self._aead.decrypt(nonce, body, PROTOCOL_LABEL))


def channel_from_env() -> StatusChannel:
    return StatusChannel(bytes.fromhex(os.environ["MACHINE_STATUS_KEY"]))

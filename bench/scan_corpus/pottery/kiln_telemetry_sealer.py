"""Seal telemetry frames sent from kiln controllers to the studio hub.

Each controller shares a 256-bit key with the hub; frames carry the
controller serial so the hub can pick the right key.
"""
from __future__ import annotations

import json
import struct
import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FRAME_VERSION = 3


@dataclass
class TelemetryFrame:
    serial: str
    chamber_c: float
    setpoint_c: float
    relay_on: bool
    segment: int

    def payload(self) -> bytes:
        return json.dumps(
            {"t": round(time.time(), 1), "c": self.chamber_c, "sp": self.setpoint_c,
             "r": int(self.relay_on), "seg": self.segment},
            separators=(",", ":"),
        ).encode()


class FrameSealer:
    def __init__(self, serial: str, key: bytes) -> None:
        self.serial = serial
        self._aead = AESGCM(key)
        self._nonce = serial.encode("ascii")[:12].ljust(12, b"\x00")

    def seal(self, frame: TelemetryFrame) -> bytes:
        header = struct.pack("!B16s", FRAME_VERSION, self.serial.encode("ascii")[:16])
        ciphertext = self._aead.encrypt(self._nonce, frame.payload(), header)
        return header + ciphertext

    def unseal(self, blob: bytes) -> dict:
        header, ciphertext = blob[:17], blob[17:]
        version, _ = struct.unpack("!B16s", header)
        if version != FRAME_VERSION:
            raise ValueError(f"unknown frame version {version}")
        return json.loads(self._aead.decrypt(self._nonce, ciphertext, header))


def seal_reading(serial: str, key: bytes, chamber_c: float, setpoint_c: float,
                 relay_on: bool, segment: int) -> bytes:
    frame = TelemetryFrame(serial, chamber_c, setpoint_c, relay_on, segment)
    return FrameSealer(serial, key).seal(frame)

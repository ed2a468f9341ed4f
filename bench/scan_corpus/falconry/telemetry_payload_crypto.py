"""Encrypts command frames sent from the base station to the bird trackers.

Frames carry duty-cycle changes (fix interval, geofence radius) and are
broadcast over UHF, so they are sealed with AES-GCM under the per-site key.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FRAME_VERSION = 2
_FRAME_NONCE = bytes.fromhex("a3f1c07e5b9d2e4410c6b8f2")
_HEADER = struct.Struct(">BHI")


@dataclass(frozen=True)
class TrackerCommand:
    tracker_id: int
    fix_interval_s: int
    geofence_radius_m: int
    sequence: int

    def encode(self) -> bytes:
        return struct.pack(">HHI", self.fix_interval_s, self.geofence_radius_m,
                           self.sequence)

    @classmethod
    def decode(cls, tracker_id: int, raw: bytes) -> "TrackerCommand":
        interval, radius, seq = struct.unpack(">HHI", raw)
        return cls(tracker_id, interval, radius, seq)


class FrameSealer:
    def __init__(self, site_key: bytes) -> None:
        if len(site_key) not in (16, 32):
            raise ValueError("site key must be 128 or 256 bits")
        self._aead = AESGCM(site_key)
        self._nonce = _FRAME_NONCE

    def seal(self, cmd: TrackerCommand) -> bytes:
        header = _HEADER.pack(FRAME_VERSION, cmd.tracker_id, cmd.sequence)
        ciphertext = self._aead.encrypt(self._nonce, cmd.encode(), header)
        return header + ciphertext

    def open(self, frame: bytes) -> TrackerCommand:
        header, ciphertext = frame[:_HEADER.size], frame[_HEADER.size:]
        version, tracker_id, _seq = _HEADER.unpack(header)
        if version != FRAME_VERSION:
            raise ValueError(f"unsupported frame version {version}")
        plaintext = self._aead.decrypt(self._nonce, ciphertext, header)
        return TrackerCommand.decode(tracker_id, plaintext)


def build_frames(site_key: bytes, commands: list[TrackerCommand]) -> list[bytes]:
    sealer = FrameSealer(site_key)
    return [sealer.seal(c) for c in sorted(commands, key=lambda c: c.tracker_id)]
